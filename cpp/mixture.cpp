#include "mixture.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "curves.hpp"
#include "gauss_kronrod.hpp"
#include "gaussian.hpp"
#include "stable_log.hpp"
#include "validate.hpp"

// How the divergences are computed. For a Gaussian G = N(mu, sigma^2) and a
// component a of P with w_a > 0, write (b the other component)
//   log p(x) = log(w_a N_a(x)) + softplus(delta(x)),
//   delta(x) = log(w_b N_b(x)) - log(w_a N_a(x)),  softplus(d) = log(1 + e^d),
// so that
//   D(G || P) = KL(G || N_a) - log w_a - E_G[softplus(delta)],
//   D(P || G) = sum_i w_i [KL(N_i || G) - KL(N_i || P)],
//   KL(N_i || P) = -log w_i - E_{N_i}[softplus(delta)]   (a = i).
// KL between normals is closed form. In z = (x - mu) / sigma, delta is a
// quadratic, and softplus(d) = max(d, 0) + log1p(e^{-|d|}): the max part is
// a quadratic on the intervals where delta > 0, integrated against phi(z) in
// closed form with erfc; the rest is bounded by log 2 and lives near the
// roots of delta. Only that rest is integrated numerically, on intervals cut
// at the level sets of delta so that no rule has to resolve a kink or a
// feature narrower than its panel. Gauss-Hermite on log p directly would
// not do: where the modes are far apart, log p has a near-kink of width
// ~ sigma_i^2 / |m_1 - m_2| at the crossover, and a wide G sees it in its
// bulk (the page's reverse divergence at the forward fit is such a case).

namespace infotheory {

namespace {

constexpr double kInvSqrt2Pi = 0.3989422804014326779399461;
constexpr double kHalfLog2Pi = 0.9189385332046727417803297;
constexpr double kInvSqrt2 = 0.7071067811865475244008444;
constexpr double kInf = std::numeric_limits<double>::infinity();

double normalPdf(double z) { return kInvSqrt2Pi * std::exp(-0.5 * z * z); }

// Phi(hi) - Phi(lo) for lo <= hi, from the tail on the side of the interval
// so that a far-tail mass keeps its relative accuracy.
double normalMass(double lo, double hi) {
  if (lo >= 0.0) {
    return 0.5 * (std::erfc(lo * kInvSqrt2) - std::erfc(hi * kInvSqrt2));
  }
  if (hi <= 0.0) {
    return 0.5 * (std::erfc(-hi * kInvSqrt2) - std::erfc(-lo * kInvSqrt2));
  }
  return 1.0 - 0.5 * (std::erfc(-lo * kInvSqrt2) + std::erfc(hi * kInvSqrt2));
}

// Integrals of 1, z and z^2 against phi(z) over [lo, hi] (ends may be
// infinite): by parts, int z^2 phi = int phi + [-z phi].
struct Moments {
  double m0, m1, m2;
};
Moments normalMoments(double lo, double hi) {
  const double p_lo = std::isinf(lo) ? 0.0 : normalPdf(lo);
  const double p_hi = std::isinf(hi) ? 0.0 : normalPdf(hi);
  const double zp_lo = std::isinf(lo) ? 0.0 : lo * p_lo;
  const double zp_hi = std::isinf(hi) ? 0.0 : hi * p_hi;
  const double m0 = normalMass(lo, hi);
  return {m0, p_lo - p_hi, m0 + zp_lo - zp_hi};
}

// A short list of breakpoints on the stack: the landscape asks for thousands
// of them per call, and the heap would dominate. Room for two roots at each
// of 2 * 7 + 1 levels and a vertex.
struct Points {
  std::array<double, 40> v;
  size_t n = 0;
  void push(double x) { v[n++] = x; }
  double* begin() { return v.data(); }
  double* end() { return v.data() + n; }
  const double* begin() const { return v.data(); }
  const double* end() const { return v.data() + n; }
};

// Real roots of a z^2 + b z + c, appended to `out` (Numerical Recipes 5.6:
// the root with no cancellation first, the other from the product c / a).
void quadraticRoots(double a, double b, double c, Points& out) {
  // Scale first: b^2 and 4ac overflow long before the roots do.
  const double scale = std::max({std::fabs(a), std::fabs(b), std::fabs(c)});
  if (scale == 0.0 || !std::isfinite(scale)) return;
  a /= scale;
  b /= scale;
  c /= scale;
  if (a == 0.0) {
    if (b != 0.0) out.push(-c / b);
    return;
  }
  const double disc = b * b - 4.0 * a * c;
  if (disc < 0.0) return;
  const double q = -0.5 * (b + std::copysign(std::sqrt(disc), b));
  if (q == 0.0) {  // b = c = 0: a double root at 0
    out.push(0.0);
    return;
  }
  out.push(q / a);
  out.push(c / q);
}

// log(w_b N_b(x)) - log(w_a N_a(x)) at x = mu + sigma z, as
// k + (u_a - u_b)(u_a + u_b) / 2 with u_i = (x - m_i) / s_i; the differences
// are formed from the inputs, not from the u_i, so that nearly equal
// components do not lose them.
struct LogRatio {
  double k;           // log(w_b s_a / (w_a s_b))
  double d0, d1;      // u_a - u_b = d0 + d1 z
  double s0, s1;      // u_a + u_b = s0 + s1 z
  double c0, c1, c2;  // the same quadratic, expanded

  double at(double z) const { return k + 0.5 * (d0 + d1 * z) * (s0 + s1 * z); }
  double slope(double z) const { return c1 + 2.0 * c2 * z; }  // d/dz
};

LogRatio logRatioOf(const Mixture& p, int a, double mu, double sigma) {
  const int b = 1 - a;
  const double ma = p.means[a], sa = p.sigmas[a];
  const double mb = p.means[b], sb = p.sigmas[b];
  LogRatio r;
  r.k = std::log(p.weights[b]) - std::log(p.weights[a]) + logRatio(sa, sb);
  const double ua0 = (mu - ma) / sa, ub0 = (mu - mb) / sb;
  const double ra = sigma / sa, rb = sigma / sb;
  r.d0 = ua0 - ub0;
  r.d1 = ra * ((sb - sa) / sb);  // ra - rb, with no product to overflow
  r.s0 = ua0 + ub0;
  r.s1 = ra + rb;
  r.c0 = r.k + 0.5 * r.d0 * r.s0;
  r.c1 = 0.5 * (r.d0 * r.s1 + r.d1 * r.s0);
  r.c2 = 0.5 * r.d1 * r.s1;
  return r;
}

// The i-th of n points evenly spaced on [lo, hi], both ends exact.
double gridPoint(double lo, double hi, size_t i, size_t n) {
  if (i + 1 == n) return hi;
  return lo + (hi - lo) * static_cast<double>(i) / static_cast<double>(n - 1);
}

// E[softplus(delta(z))] for z ~ N(0, 1), and the two derivatives the
// optimiser needs, E[s(delta) delta'(z)] and E[z s(delta) delta'(z)] (s the
// logistic function), which are sigma d/dmu and d/dlog(sigma) of it.
struct Expectation {
  double value = 0.0, dMu = 0.0, dLogSigma = 0.0;
};

// The intervals of z where delta > 0 or delta < 0: cut at the roots of delta.
struct Pieces {
  Points roots;                                   // ascending
  std::array<double, 3> signs = {1.0, 1.0, 1.0};  // of delta on each piece
};

// Splits the z axis at the roots of delta, and adds E[max(delta, 0)] (with
// its derivatives) in closed form: on a piece where delta > 0 it is the
// integral of a quadratic against phi. Each piece's sign is read from delta
// at one inner point; a rounded root only moves where the exact identity
// softplus(d) = max(d, 0) + log1p(e^{-|d|}) is split, as long as the
// numerical part uses the same signs.
Pieces maxPart(const LogRatio& r, Expectation& out) {
  Pieces pieces;
  quadraticRoots(r.c2, r.c1, r.c0, pieces.roots);
  std::sort(pieces.roots.begin(), pieces.roots.end());
  const Points& roots = pieces.roots;
  for (size_t i = 0; i <= roots.n; ++i) {
    const double lo = i == 0 ? -kInf : roots.v[i - 1];
    const double hi = i == roots.n ? kInf : roots.v[i];
    if (!(lo < hi)) continue;
    double inner;
    if (std::isinf(lo) && std::isinf(hi)) {
      inner = 0.0;
    } else if (std::isinf(lo)) {
      inner = hi - std::max(1.0, std::fabs(hi));
    } else if (std::isinf(hi)) {
      inner = lo + std::max(1.0, std::fabs(lo));
    } else {
      inner = 0.5 * (lo + hi);
    }
    pieces.signs[i] = r.at(inner) >= 0.0 ? 1.0 : -1.0;
    if (pieces.signs[i] < 0.0) continue;
    if (hi - lo <= 1.0) {
      // A narrow piece between two roots: the moments nearly cancel (int z^2
      // phi = m0 + [-z phi] loses all digits as the width goes to 0) while
      // the coefficients may be huge (a component far narrower than G), so
      // integrate delta phi itself: K15 is exact to degree 22, and phi varies
      // by less than that over a unit width (error ~ 1e-19 relative).
      const double center = 0.5 * (lo + hi), half = 0.5 * (hi - lo);
      for (int k = 0; k < 15; ++k) {
        const double t = k < 8 ? -kKronrodX[k] : kKronrodX[14 - k];
        const double z = center + half * t;
        const double w = half * kKronrodW[k < 8 ? k : 14 - k] * normalPdf(z);
        const double slope = r.slope(z);
        out.value += w * r.at(z);
        out.dMu += w * slope;
        out.dLogSigma += w * z * slope;
      }
      continue;
    }
    const Moments m = normalMoments(lo, hi);
    out.value += r.c0 * m.m0 + r.c1 * m.m1 + r.c2 * m.m2;
    out.dMu += r.c1 * m.m0 + 2.0 * r.c2 * m.m1;
    out.dLogSigma += r.c1 * m.m1 + 2.0 * r.c2 * m.m2;
  }
  return pieces;
}

// The remainder log1p(e^{-|delta|}) is integrated on panels cut where
// |delta| crosses these levels, so that no panel holds a kink (at delta = 0)
// or more than one band of the remainder's decay, which adaptive bisection
// could then miss; beyond the last level the remainder is below
// e^{-45} = 3e-20 and skipped. Beyond |z| = 12, phi < 6e-32.
constexpr std::array<double, 4> kLevels = {1.0, 4.0, 12.0, 45.0};
constexpr double kReach = 12.0;
constexpr double kMaxPanel = 3.0;

// Breakpoints where delta crosses 0 and +-levels, and its vertex; ascending.
Points levelBreaks(const LogRatio& r, std::span<const double> levels) {
  Points breaks;
  quadraticRoots(r.c2, r.c1, r.c0, breaks);
  for (double level : levels) {
    quadraticRoots(r.c2, r.c1, r.c0 - level, breaks);
    quadraticRoots(r.c2, r.c1, r.c0 + level, breaks);
  }
  if (r.c2 != 0.0) breaks.push(-r.c1 / (2.0 * r.c2));
  std::sort(breaks.begin(), breaks.end());
  return breaks;
}

// The numerical part's integrand at z: phi(z) times the remainder
// log1p(e^{-s delta}) (s = +1 where delta > 0 went to the closed form, else
// -1) and, for the derivatives, phi(z) times -s logistic(-s delta) delta'(z)
// and z times that. The last entry bounds the first's rounding error: delta
// is a difference of terms as large as |k| + |u_a - u_b| |u_a + u_b| / 2,
// which can be far above 1 (G wide or far from P) and then leaves noise no
// rule can remove.
struct Remainder {
  const LogRatio& r;
  double sign;
  bool gradient;

  std::array<double, 4> operator()(double z) const {
    const double difference = r.d0 + r.d1 * z, sum = r.s0 + r.s1 * z;
    const double x = sign * (r.k + 0.5 * difference * sum);
    const double phi = normalPdf(z);
    // log1p(e^{-x}) and 1 / (1 + e^x), without overflow for either sign of x
    // (x < 0 only in slivers next to a rounded root).
    const double e = std::exp(-std::fabs(x));
    const double rest = x >= 0.0 ? std::log1p(e) : -x + std::log1p(e);
    const double logistic = x >= 0.0 ? e / (1.0 + e) : 1.0 / (1.0 + e);
    const double noise = std::numeric_limits<double>::epsilon() *
                         (std::fabs(r.k) + std::fabs(difference * sum)) *
                         logistic * phi;
    std::array<double, 4> out = {phi * rest, 0.0, 0.0, noise};
    if (gradient) {
      const double g = -sign * logistic * r.slope(z) * phi;
      out[1] = g;
      out[2] = z * g;
    }
    return out;
  }
};

struct Panel {
  double lo, hi;
  std::array<double, 3> value;
  double error;
  double floor;  // the rounding level: bisection cannot get below it
  int depth;
};

// QK15 on [lo, hi] with QUADPACK's error estimate for the first component
// (the other two share its features, so one partition serves all three):
// |K15 - G7| scaled by (200 |K15 - G7| / resasc)^1.5, floored at the
// rounding level, 50 eps times the integral of |f| plus the integrand's own
// noise.
Panel kronrodPanel(const Remainder& f, double lo, double hi, int depth) {
  const double center = 0.5 * (lo + hi), half = 0.5 * (hi - lo);
  std::array<std::array<double, 4>, 15> fv;
  fv[7] = f(center);
  for (int i = 0; i < 7; ++i) {
    fv[i] = f(center - half * kKronrodX[i]);
    fv[14 - i] = f(center + half * kKronrodX[i]);
  }
  Panel panel{lo, hi, {0.0, 0.0, 0.0}, 0.0, 0.0, depth};
  double gauss = kGaussW[3] * fv[7][0];
  double absolute = kKronrodW[7] * std::fabs(fv[7][0]);
  double noise = kKronrodW[7] * fv[7][3];
  for (int c = 0; c < 3; ++c) panel.value[c] = kKronrodW[7] * fv[7][c];
  for (int i = 0; i < 7; ++i) {
    for (int c = 0; c < 3; ++c) {
      panel.value[c] += kKronrodW[i] * (fv[i][c] + fv[14 - i][c]);
    }
    absolute += kKronrodW[i] * (std::fabs(fv[i][0]) + std::fabs(fv[14 - i][0]));
    noise += kKronrodW[i] * (fv[i][3] + fv[14 - i][3]);
    if (i % 2 == 1) gauss += kGaussW[i / 2] * (fv[i][0] + fv[14 - i][0]);
  }
  const double mean = 0.5 * panel.value[0];
  double spread = kKronrodW[7] * std::fabs(fv[7][0] - mean);
  for (int i = 0; i < 7; ++i) {
    spread += kKronrodW[i] *
              (std::fabs(fv[i][0] - mean) + std::fabs(fv[14 - i][0] - mean));
  }
  double error = std::fabs(panel.value[0] - gauss) * half;
  spread *= half;
  if (spread != 0.0 && error != 0.0) {
    error = spread * std::min(1.0, std::pow(200.0 * error / spread, 1.5));
  }
  panel.floor =
      (50.0 * std::numeric_limits<double>::epsilon() * absolute + 8.0 * noise) *
      half;
  panel.error = std::max(error, panel.floor);
  for (double& v : panel.value) v *= half;
  return panel;
}

// Adds the integral of f over [lo, hi] to `sum`: panels at most kMaxPanel
// wide, each bisected until QUADPACK's error estimate is below 1e-15 over
// the whole reach (shared in proportion to width) or at the rounding floor.
// The remainder is at most log 2, and the divergences whose 1e-12 relative
// accuracy matters are far above 1e-3. `budget` caps the panels of one
// expectation: a safeguard that ordinary inputs never reach (they take
// tens), so that a pathological one returns promptly.
void integrateRemainder(const Remainder& f, double lo, double hi,
                        Expectation& sum, int& budget) {
  constexpr int kMaxDepth = 40;
  const int pieces =
      std::max(1, static_cast<int>(std::ceil((hi - lo) / kMaxPanel)));
  const double width = (hi - lo) / pieces;
  for (int k = 0; k < pieces; ++k) {
    const double a = lo + k * width, b = k + 1 == pieces ? hi : a + width;
    Panel stack[kMaxDepth + 2];
    int top = 0;
    stack[top++] = kronrodPanel(f, a, b, 0);
    --budget;
    while (top > 0) {
      const Panel panel = stack[--top];
      const double mid = 0.5 * (panel.lo + panel.hi);
      const double tolerance = 1e-15 * (panel.hi - panel.lo) / (2.0 * kReach);
      if (panel.error <= std::max(tolerance, panel.floor) ||
          panel.depth == kMaxDepth || budget <= 0 || !(mid > panel.lo) ||
          !(mid < panel.hi)) {
        sum.value += panel.value[0];
        sum.dMu += panel.value[1];
        sum.dLogSigma += panel.value[2];
        continue;
      }
      stack[top++] = kronrodPanel(f, panel.lo, mid, panel.depth + 1);
      stack[top++] = kronrodPanel(f, mid, panel.hi, panel.depth + 1);
      budget -= 2;
    }
  }
}

Expectation softplusExpectation(const LogRatio& r, bool gradient) {
  Expectation out;
  const Pieces pieces = maxPart(r, out);
  const Points breaks = levelBreaks(r, kLevels);
  int budget = 4000;
  for (size_t i = 0; i <= breaks.n; ++i) {
    const double lo = i == 0 ? -kReach : std::max(breaks.v[i - 1], -kReach);
    const double hi = i == breaks.n ? kReach : std::min(breaks.v[i], kReach);
    if (!(lo < hi)) continue;
    const double mid = 0.5 * (lo + hi);
    const size_t piece = static_cast<size_t>(
        std::upper_bound(pieces.roots.begin(), pieces.roots.end(), mid) -
        pieces.roots.begin());
    const double sign = pieces.signs[piece];
    // Between consecutive breaks delta stays inside one band between levels,
    // so delta at the midpoint bounds the remainder on the whole panel.
    if (sign * r.at(mid) > kLevels.back()) continue;
    integrateRemainder(Remainder{r, sign, gradient}, lo, hi, out, budget);
  }
  return out;
}

// The component whose Gaussian alone explains N(mu, sigma^2) best,
// argmin_i KL(G || N_i) - log w_i over the weighted components, and that
// value: the baseline that leaves the smaller numerical correction.
std::pair<int, double> baseline(const Mixture& p, double mu, double sigma) {
  int a = -1;
  double base = kInf;
  for (int i = 0; i < 2; ++i) {
    if (!(p.weights[i] > 0.0)) continue;
    const double candidate =
        gaussianKlNats(mu, sigma, p.means[i], p.sigmas[i]) -
        std::log(p.weights[i]);
    if (a < 0 || candidate < base) {
      a = i;
      base = candidate;
    }
  }
  return {a, base};
}

// D(N(mu, sigma^2) || P) in nats, and optionally its gradient with respect
// to (mu, log sigma).
double reverseKl(const Mixture& p, double mu, double sigma,
                 std::array<double, 2>* gradient) {
  const auto [a, base] = baseline(p, mu, sigma);
  if (gradient != nullptr) {
    const double ua = (mu - p.means[a]) / p.sigmas[a];
    const double ra = sigma / p.sigmas[a];
    (*gradient)[0] = ua / p.sigmas[a];
    (*gradient)[1] = (ra - 1.0) * (ra + 1.0);
  }
  if (std::isinf(base)) return kInf;
  if (p.weights[1 - a] == 0.0) return std::max(0.0, base);
  const Expectation t =
      softplusExpectation(logRatioOf(p, a, mu, sigma), gradient != nullptr);
  if (gradient != nullptr) {
    (*gradient)[0] -= t.dMu / sigma;
    (*gradient)[1] -= t.dLogSigma;
  }
  return std::max(0.0, base - t.value);
}

// KL(N_i || P) for each component (0 where w_i = 0: it carries no weight).
std::array<double, 2> componentDivergences(const Mixture& p) {
  std::array<double, 2> out = {0.0, 0.0};
  for (int i = 0; i < 2; ++i) {
    if (!(p.weights[i] > 0.0)) continue;
    out[i] = -std::log(p.weights[i]);
    if (p.weights[1 - i] == 0.0) continue;
    out[i] -=
        softplusExpectation(logRatioOf(p, i, p.means[i], p.sigmas[i]), false)
            .value;
  }
  return out;
}

double forwardKl(const Mixture& p, double mu, double sigma,
                 const std::array<double, 2>& component_divergences) {
  double sum = 0.0;
  for (int i = 0; i < 2; ++i) {
    if (!(p.weights[i] > 0.0)) continue;
    sum += p.weights[i] * (gaussianKlNats(p.means[i], p.sigmas[i], mu, sigma) -
                           component_divergences[i]);
  }
  return std::max(0.0, sum);
}

// --- The reverse landscape ---------------------------------------------------
//
// Thousands of reverse divergences on a grid. The remainder
// R(x) = log1p(e^{-|delta(x)|}) depends on x only (|delta| is the same for
// either baseline), so each row (one sigma) tabulates R once at
// Gauss-Legendre nodes in x, and each column adds them up against its
// Gaussian. Along a row
// the Gaussian factors follow a two-term recurrence in mu (the grid is
// evenly spaced), so a node costs two multiplications per column, not an
// exponential.

// |delta| levels for the landscape's panels: between them the remainder
// decays by at most e^5, which one 8-point rule integrates to ~1e-11 relative
// (Gauss-Legendre error ~ 2e-18 f^(16) on [-1, 1]); beyond 36 it is below
// 2.4e-16 and skipped.
constexpr std::array<double, 7> kLandscapeLevels = {2.0,  6.0,  10.0, 15.0,
                                                    20.0, 26.0, 36.0};
// Panels at most 1 sigma wide resolve the Gaussian; beyond 8.5 sigma its
// density is below e^{-36}.
constexpr double kLandscapePanel = 1.0, kLandscapeReach = 8.5;

// Gauss-Legendre, 8 points, positive half (30-digit mpmath roots of P_8).
constexpr double kLegendreX[4] = {
    0.18343464249564980494, 0.52553240991632898582, 0.79666647741362673959,
    0.96028985649753623168};
constexpr double kLegendreW[4] = {
    0.36268378337836198297, 0.31370664587788728734, 0.22238103445337447054,
    0.10122853629037625915};

// The panels of x on which a row tabulates the remainder: [lo, hi] split
// into `count` equal ones, for each interval between level breakpoints where
// the remainder is not negligible.
struct Span {
  double lo, hi;
  double count;
};

std::vector<Span> remainderSpans(const LogRatio& d, const Points& breaks,
                                 double x_lo, double x_hi, double panel) {
  std::vector<Span> spans;
  for (size_t i = 0; i <= breaks.n; ++i) {
    const double lo = i == 0 ? x_lo : std::max(breaks.v[i - 1], x_lo);
    const double hi = i == breaks.n ? x_hi : std::min(breaks.v[i], x_hi);
    if (!(lo < hi)) continue;
    if (std::fabs(d.at(0.5 * (lo + hi))) > kLandscapeLevels.back()) continue;
    spans.push_back({lo, hi, std::max(1.0, std::ceil((hi - lo) / panel))});
  }
  return spans;
}

// Adds E[R(x)], x ~ N(mu_j, sigma^2), to remainder[j] for the row's columns
// mu_j = mu_lo + j * step. `d` is delta as a function of x (the LogRatio at
// mu = 0, sigma = 1).
void landscapeRemainderRow(const LogRatio& d, const std::vector<Span>& spans,
                           double mu_lo, double step, double sigma,
                           std::span<double> remainder) {
  const double last_column = static_cast<double>(remainder.size() - 1);
  const double reach = kLandscapeReach * sigma;
  const double inv_var = 1.0 / (sigma * sigma);
  const double ratio_step = std::exp(-step * step * inv_var);
  const double norm = kInvSqrt2Pi / sigma;
  for (const Span& span : spans) {
    const int panels = static_cast<int>(span.count);
    const double lo = span.lo, width = (span.hi - span.lo) / span.count;
    for (int k = 0; k < panels; ++k) {
      const double center = lo + (k + 0.5) * width, half = 0.5 * width;
      for (int node = 0; node < 8; ++node) {
        const double offset = half * kLegendreX[node / 2];
        const double x = node % 2 == 0 ? center - offset : center + offset;
        const double rest = std::log1p(std::exp(-std::fabs(d.at(x))));
        const double weight = norm * half * kLegendreW[node / 2] * rest;
        // The columns within reach of x (clamped before any conversion).
        const double first = std::ceil((x - reach - mu_lo) / step);
        const double last = std::floor((x + reach - mu_lo) / step);
        if (!(last >= 0.0 && first <= last_column)) continue;
        const size_t j0 = static_cast<size_t>(std::max(first, 0.0));
        const size_t j1 = static_cast<size_t>(std::min(last, last_column));
        // With u_j = mu_j - x: g_j = e^{-u_j^2 / (2 s^2)} has
        // g_{j+1} = g_j r_j, r_j = e^{-(u_j step + step^2 / 2) / s^2}, and
        // r_{j+1} = r_j e^{-step^2 / s^2}. Within reach g_j > e^{-37}: no
        // underflow, and 400 steps drift by ~1e-13 relative at most.
        const double u = mu_lo + step * static_cast<double>(j0) - x;
        double g = weight * std::exp(-0.5 * u * u * inv_var);
        double r = std::exp(-(u * step + 0.5 * step * step) * inv_var);
        for (size_t j = j0; j <= j1; ++j) {
          remainder[j] += g;
          g *= r;
          r *= ratio_step;
        }
      }
    }
  }
}

// The whole reverse landscape, in nats, rows of log sigma.
void reverseLandscape(const Mixture& p, double mu_lo, double mu_hi, size_t n_mu,
                      double log_sigma_lo, double log_sigma_hi,
                      size_t n_log_sigma, std::span<double> out) {
  for (size_t i = 0; i < n_log_sigma; ++i) {
    const double sigma =
        std::exp(gridPoint(log_sigma_lo, log_sigma_hi, i, n_log_sigma));
    auto row = out.subspan(i * n_mu, n_mu);
    if (!(p.weights[0] > 0.0 && p.weights[1] > 0.0)) {  // a single Gaussian
      for (size_t j = 0; j < n_mu; ++j) {
        row[j] = reverseKl(p, gridPoint(mu_lo, mu_hi, j, n_mu), sigma, nullptr);
      }
      continue;
    }
    const double step = (mu_hi - mu_lo) / static_cast<double>(n_mu - 1);
    const double reach = kLandscapeReach * sigma;
    const LogRatio d = logRatioOf(p, 0, 0.0, 1.0);
    const std::vector<Span> spans =
        remainderSpans(d, levelBreaks(d, kLandscapeLevels), mu_lo - reach,
                       mu_hi + reach, kLandscapePanel * sigma);
    double panels = 0.0;
    for (const Span& span : spans) panels += span.count;
    // A sigma far below the column spacing leaves most panels out of every
    // column's reach; past ~50 panels (400 nodes) a column, each point is
    // cheaper on its own.
    if (panels > 50.0 * static_cast<double>(n_mu)) {
      for (size_t j = 0; j < n_mu; ++j) {
        row[j] = reverseKl(p, gridPoint(mu_lo, mu_hi, j, n_mu), sigma, nullptr);
      }
      continue;
    }
    std::fill(row.begin(), row.end(), 0.0);
    landscapeRemainderRow(d, spans, mu_lo, step, sigma, row);
    for (size_t j = 0; j < n_mu; ++j) {
      const double mu = gridPoint(mu_lo, mu_hi, j, n_mu);
      const auto [a, base] = baseline(p, mu, sigma);
      if (!std::isfinite(base)) {
        row[j] = kInf;
        continue;
      }
      Expectation max_part;
      maxPart(logRatioOf(p, a, mu, sigma), max_part);
      row[j] = std::max(0.0, base - max_part.value - row[j]);
    }
  }
}

// --- The reverse fit --------------------------------------------------------

struct Minimum {
  double mu, log_sigma, kl;
  bool converged;
};

struct Evaluation {
  double kl;
  std::array<double, 2> gradient;  // d/dmu, d/dlog(sigma)
};

Evaluation evaluate(const Mixture& p, double mu, double log_sigma) {
  Evaluation e;
  e.kl = reverseKl(p, mu, std::exp(log_sigma), &e.gradient);
  return e;
}

// Size of the gradient in scale-free terms: sigma d/dmu and d/dlog(sigma).
double gradientSize(const Evaluation& e, double sigma) {
  return std::hypot(sigma * e.gradient[0], e.gradient[1]);
}

// BFGS over (mu, log sigma) with a backtracking (Armijo) line search
// (Nocedal & Wright, Numerical Optimization, 2006, alg. 6.1), started with
// the inverse Hessian of D(G || N(mu, sigma^2)) at G: diag(sigma^2, 1/2).
Minimum minimise(const Mixture& p, double mu, double sigma) {
  constexpr double kGradientTolerance = 1e-10;
  constexpr int kMaxIterations = 200;
  double x[2] = {mu, std::log(sigma)};
  Evaluation e = evaluate(p, x[0], x[1]);
  double h[2][2] = {{sigma * sigma, 0.0}, {0.0, 0.5}};
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    const double s_now = std::exp(x[1]);
    // The gradient's rounding noise grows with the divergence's terms.
    if (gradientSize(e, s_now) <= kGradientTolerance * std::max(1.0, e.kl)) {
      return {x[0], x[1], e.kl, true};
    }
    double d[2] = {-(h[0][0] * e.gradient[0] + h[0][1] * e.gradient[1]),
                   -(h[1][0] * e.gradient[0] + h[1][1] * e.gradient[1])};
    double slope = d[0] * e.gradient[0] + d[1] * e.gradient[1];
    if (!(slope < 0.0)) {  // lost positive-definiteness: steepest descent
      h[0][0] = s_now * s_now;
      h[0][1] = h[1][0] = 0.0;
      h[1][1] = 0.5;
      d[0] = -h[0][0] * e.gradient[0];
      d[1] = -h[1][1] * e.gradient[1];
      slope = d[0] * e.gradient[0] + d[1] * e.gradient[1];
    }
    // No step may change sigma by more than e^2 or move mu by more than
    // 4 sigma: the quadratic model is not trusted further.
    const double limit =
        std::max(std::fabs(d[0]) / (4.0 * s_now), std::fabs(d[1]) / 2.0);
    double step = limit > 1.0 ? 1.0 / limit : 1.0;
    // Accept rounding-level increases: near the minimum the decrease is below
    // the noise in the divergence, while the gradient is still resolved.
    const double noise =
        8.0 * std::numeric_limits<double>::epsilon() * (std::fabs(e.kl) + 1.0);
    Evaluation next;
    double xn[2];
    bool accepted = false;
    for (int tries = 0; tries < 50; ++tries) {
      xn[0] = x[0] + step * d[0];
      xn[1] = x[1] + step * d[1];
      next = evaluate(p, xn[0], xn[1]);
      if (next.kl <= e.kl + 1e-4 * step * slope + noise) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) return {x[0], x[1], e.kl, false};
    const double s[2] = {xn[0] - x[0], xn[1] - x[1]};
    const double y[2] = {next.gradient[0] - e.gradient[0],
                         next.gradient[1] - e.gradient[1]};
    const double sy = s[0] * y[0] + s[1] * y[1];
    if (sy > 0.0) {
      // H <- (I - rho s y^T) H (I - rho y s^T) + rho s s^T.
      const double rho = 1.0 / sy;
      const double hy[2] = {h[0][0] * y[0] + h[0][1] * y[1],
                            h[1][0] * y[0] + h[1][1] * y[1]};
      const double yhy = y[0] * hy[0] + y[1] * hy[1];
      for (int i = 0; i < 2; ++i) {
        for (int j = 0; j < 2; ++j) {
          h[i][j] += (1.0 + rho * yhy) * rho * s[i] * s[j] -
                     rho * (hy[i] * s[j] + s[i] * hy[j]);
        }
      }
    }
    x[0] = xn[0];
    x[1] = xn[1];
    e = next;
  }
  return {x[0], x[1], e.kl, false};
}

// False at a saddle point (the midpoint start of a symmetric mixture ends
// on one): the Hessian, by central differences of the gradient in the
// scale-free coordinates (mu / sigma, log sigma), is clearly indefinite.
bool isLocalMinimum(const Mixture& p, const Minimum& m) {
  constexpr double h = 1e-4;
  const double sigma = std::exp(m.log_sigma);
  double hessian[2][2];
  for (int j = 0; j < 2; ++j) {
    const double dmu = j == 0 ? h * sigma : 0.0, dls = j == 1 ? h : 0.0;
    const Evaluation plus = evaluate(p, m.mu + dmu, m.log_sigma + dls);
    const Evaluation minus = evaluate(p, m.mu - dmu, m.log_sigma - dls);
    hessian[0][j] = sigma * (plus.gradient[0] - minus.gradient[0]) / (2 * h);
    hessian[1][j] = (plus.gradient[1] - minus.gradient[1]) / (2 * h);
  }
  const double off = 0.5 * (hessian[0][1] + hessian[1][0]);
  const double trace = hessian[0][0] + hessian[1][1];
  const double det = hessian[0][0] * hessian[1][1] - off * off;
  return trace > 0.0 && det > -1e-6 * trace * trace;
}

std::optional<InputError> checkGrid(double lo, const char* lo_name, double hi,
                                    const char* hi_name) {
  if (auto problem = checkFinite(lo, lo_name)) return problem;
  if (auto problem = checkFinite(hi, hi_name)) return problem;
  if (!(lo < hi) || !std::isfinite(hi - lo)) {
    return InputError{std::string(lo_name) + " = " + formatNumber(lo) +
                      " must be below " + hi_name + " = " + formatNumber(hi) +
                      (lo < hi ? " by a finite width" : "")};
  }
  return std::nullopt;
}

std::optional<InputError> checkCurve(double lo, double hi, std::span<double> x,
                                     std::span<double> y) {
  if (auto problem = checkGrid(lo, "lo", hi, "hi")) return problem;
  if (auto problem = checkCurveSpans(x, y)) return problem;
  return std::nullopt;
}

}  // namespace

std::optional<InputError> checkMixture(const Mixture& p) {
  for (size_t i = 0; i < 2; ++i) {
    const std::string name = "weights[" + std::to_string(i) + "]";
    if (auto problem = checkProbability(p.weights[i], name)) return problem;
  }
  const double sum = p.weights[0] + p.weights[1];
  if (!(std::fabs(sum - 1.0) <= kSumTolerance)) {
    return InputError{"weights sum to " + formatNumber(sum) +
                      ", not 1 (allowed error " + formatNumber(kSumTolerance) +
                      "); they are not renormalised for you"};
  }
  for (size_t i = 0; i < 2; ++i) {
    const std::string name = "means[" + std::to_string(i) + "]";
    if (auto problem = checkFinite(p.means[i], name)) return problem;
  }
  for (size_t i = 0; i < 2; ++i) {
    const std::string name = "sigmas[" + std::to_string(i) + "]";
    if (auto problem = checkPositive(p.sigmas[i], name)) return problem;
  }
  return std::nullopt;
}

double mixtureLogDensity(const Mixture& p, double x) {
  double terms[2];
  double top = -kInf;
  for (int i = 0; i < 2; ++i) {
    const double z = (x - p.means[i]) / p.sigmas[i];
    terms[i] = p.weights[i] > 0.0 ? std::log(p.weights[i]) - 0.5 * z * z -
                                        std::log(p.sigmas[i]) - kHalfLog2Pi
                                  : -kInf;
    top = std::max(top, terms[i]);
  }
  if (std::isinf(top)) return top;
  return top + std::log(std::exp(terms[0] - top) + std::exp(terms[1] - top));
}

double mixtureMean(const Mixture& p) {
  return p.weights[0] * p.means[0] + p.weights[1] * p.means[1];
}

double mixtureStdDev(const Mixture& p) {
  // Law of total variance, about the mean: no E[x^2] - E[x]^2 cancellation.
  // Scaled by the largest term so that the squares cannot overflow.
  const double mean = mixtureMean(p);
  double scale = 0.0;
  for (int i = 0; i < 2; ++i) {
    scale = std::max({scale, p.sigmas[i], std::fabs(p.means[i] - mean)});
  }
  double variance = 0.0;
  for (int i = 0; i < 2; ++i) {
    const double s = p.sigmas[i] / scale, offset = (p.means[i] - mean) / scale;
    variance += p.weights[i] * (s * s + offset * offset);
  }
  return scale * std::sqrt(variance);
}

std::optional<InputError> mixtureDensityCurve(const Mixture& p, double lo,
                                              double hi, std::span<double> x,
                                              std::span<double> y) {
  if (auto problem = checkMixture(p)) return problem;
  if (auto problem = checkCurve(lo, hi, x, y)) return problem;
  for (size_t i = 0; i < x.size(); ++i) {
    x[i] = gridPoint(lo, hi, i, x.size());
    y[i] = std::exp(mixtureLogDensity(p, x[i]));
  }
  return std::nullopt;
}

double forwardKlNats(const Mixture& p, double mu, double sigma) {
  return forwardKl(p, mu, sigma, componentDivergences(p));
}

double reverseKlNats(const Mixture& p, double mu, double sigma) {
  return reverseKl(p, mu, sigma, nullptr);
}

Result<GaussianFit> fitGaussian(const Mixture& p, Direction direction,
                                Units units) {
  if (auto problem = checkMixture(p)) return *problem;
  if (direction == Direction::kForward) {
    const double mu = mixtureMean(p), sigma = mixtureStdDev(p);
    return GaussianFit{
        mu,    sigma, inUnits(forwardKlNats(p, mu, sigma), units),
        false, mu,    sigma};
  }
  // Starts: each component, the moment-matched fit, and between the modes.
  std::vector<std::array<double, 2>> starts;
  for (int i = 0; i < 2; ++i) {
    if (p.weights[i] > 0.0) starts.push_back({p.means[i], p.sigmas[i]});
  }
  starts.push_back({mixtureMean(p), mixtureStdDev(p)});
  starts.push_back(
      {0.5 * (p.means[0] + p.means[1]), 0.5 * (p.sigmas[0] + p.sigmas[1])});
  std::vector<Minimum> minima;
  for (const auto& start : starts) {
    const Minimum m = minimise(p, start[0], start[1]);
    if (isLocalMinimum(p, m)) minima.push_back(m);
  }
  if (minima.empty()) minima.push_back(minimise(p, starts[0][0], starts[0][1]));
  std::sort(minima.begin(), minima.end(),
            [](const Minimum& a, const Minimum& b) { return a.kl < b.kl; });
  const Minimum& best = minima.front();
  // Another minimum is distinct if it sits elsewhere on the scale of P,
  // and ties if its divergence agrees within 1e-9 relative (plus rounding).
  const double scale = mixtureStdDev(p);
  const Minimum* other = nullptr;
  for (const Minimum& m : minima) {
    const bool distinct = std::fabs(m.mu - best.mu) > 1e-6 * scale ||
                          std::fabs(m.log_sigma - best.log_sigma) > 1e-6;
    const bool ties = m.kl - best.kl <= 1e-9 * best.kl + 1e-15;
    if (distinct && ties && m.converged &&
        (other == nullptr ||
         std::fabs(m.mu - best.mu) > std::fabs(other->mu - best.mu))) {
      other = &m;
    }
  }
  const Minimum* first = &best;
  const Minimum* second = other;
  if (other != nullptr && other->mu < best.mu) std::swap(first, second);
  const double mu = first->mu, sigma = std::exp(first->log_sigma);
  GaussianFit fit{
      mu, sigma, inUnits(reverseKlNats(p, mu, sigma), units), other != nullptr,
      mu, sigma};
  if (second != nullptr) {
    fit.otherMu = second->mu;
    fit.otherSigma = std::exp(second->log_sigma);
  }
  return fit;
}

std::optional<InputError> klLandscape(const Mixture& p, Direction direction,
                                      double muLo, double muHi, size_t nMu,
                                      double logSigmaLo, double logSigmaHi,
                                      size_t nLogSigma, Units units,
                                      std::span<double> out) {
  constexpr size_t kMaxSide = 400;
  if (auto problem = checkMixture(p)) return problem;
  if (auto problem = checkGrid(muLo, "muLo", muHi, "muHi")) return problem;
  if (auto problem =
          checkGrid(logSigmaLo, "logSigmaLo", logSigmaHi, "logSigmaHi")) {
    return problem;
  }
  // sigma = e^{log sigma} must be a positive, finite double.
  if (logSigmaLo < -700.0) {
    return InputError{"logSigmaLo = " + formatNumber(logSigmaLo) +
                      " is below -700 (sigma would underflow to 0)"};
  }
  if (logSigmaHi > 700.0) {
    return InputError{"logSigmaHi = " + formatNumber(logSigmaHi) +
                      " is above 700 (sigma would overflow)"};
  }
  if (nMu < 2 || nMu > kMaxSide) {
    return InputError{"nMu = " + std::to_string(nMu) + " is outside [2, " +
                      std::to_string(kMaxSide) + "]"};
  }
  if (nLogSigma < 2 || nLogSigma > kMaxSide) {
    return InputError{"nLogSigma = " + std::to_string(nLogSigma) +
                      " is outside [2, " + std::to_string(kMaxSide) + "]"};
  }
  if (out.size() != nMu * nLogSigma) {
    return InputError{
        "out has " + std::to_string(out.size()) +
        " entries, not nMu * nLogSigma = " + std::to_string(nMu * nLogSigma)};
  }
  if (direction == Direction::kReverse) {
    reverseLandscape(p, muLo, muHi, nMu, logSigmaLo, logSigmaHi, nLogSigma,
                     out);
    for (double& v : out) v = inUnits(v, units);
    return std::nullopt;
  }
  const std::array<double, 2> divergences = componentDivergences(p);
  for (size_t i = 0; i < nLogSigma; ++i) {
    const double sigma =
        std::exp(gridPoint(logSigmaLo, logSigmaHi, i, nLogSigma));
    for (size_t j = 0; j < nMu; ++j) {
      const double mu = gridPoint(muLo, muHi, j, nMu);
      out[i * nMu + j] = inUnits(forwardKl(p, mu, sigma, divergences), units);
    }
  }
  return std::nullopt;
}

}  // namespace infotheory
