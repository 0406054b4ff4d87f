#include "mixture.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "curves.hpp"
#include "gaussian.hpp"
#include "validate.hpp"

// How the divergences are computed. For a Gaussian G = N(mu, sigma^2) and a
// component a of P with w_a > 0, write (b the other component)
//   log p(x) = log(w_a N_a(x)) + softplus(D(x)),
//   D(x) = log(w_b N_b(x)) - log(w_a N_a(x)),  softplus(d) = log(1 + e^d),
// so that
//   D(G || P) = KL(G || N_a) - log w_a - E_G[softplus(D)],
//   D(P || G) = sum_i w_i [KL(N_i || G) - KL(N_i || P)],
//   KL(N_i || P) = -log w_i - E_{N_i}[softplus(D)]   (a = i).
// KL between normals is closed form. In z = (x - mu) / sigma, D is a
// quadratic, and softplus(d) = max(d, 0) + log1p(e^{-|d|}): the max part is a
// quadratic on the intervals where D > 0, integrated against phi(z) in closed
// form with erfc; the rest is bounded by log 2 and lives near the roots of D.
// Only that rest is integrated numerically, on intervals cut at the level
// sets of D so that no rule has to resolve a kink or a feature narrower than
// its panel. Gauss-Hermite on log p directly would not do: where the modes
// are far apart log p has a near-kink of width ~ sigma_i^2 / |m_1 - m_2| at
// the crossover, and a wide G sees it in its bulk.

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

// Real roots of a z^2 + b z + c, appended to `out` (Numerical Recipes 5.6:
// the root with no cancellation first, the other from the product c / a).
void quadraticRoots(double a, double b, double c, std::vector<double>& out) {
  // Scale first: b^2 and 4ac overflow long before the roots do.
  const double scale = std::max({std::fabs(a), std::fabs(b), std::fabs(c)});
  if (scale == 0.0 || !std::isfinite(scale)) return;
  a /= scale;
  b /= scale;
  c /= scale;
  if (a == 0.0) {
    if (b != 0.0) out.push_back(-c / b);
    return;
  }
  const double disc = b * b - 4.0 * a * c;
  if (disc < 0.0) return;
  const double q = -0.5 * (b + std::copysign(std::sqrt(disc), b));
  if (q == 0.0) {  // b = c = 0: a double root at 0
    out.push_back(0.0);
    return;
  }
  out.push_back(q / a);
  out.push_back(c / q);
}

// log(a / b) for a, b > 0, exact-difference form near a = b (as in
// gaussian.cpp: Sterbenz's lemma makes a - b exact for b/2 <= a <= 2b).
double logRatio(double a, double b) {
  if (a >= 0.5 * b && a <= 2.0 * b) return std::log1p((a - b) / b);
  return std::log(a) - std::log(b);
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
  r.d1 = sigma * (sb - sa) / (sa * sb);
  r.s0 = ua0 + ub0;
  r.s1 = ra + rb;
  r.c0 = r.k + 0.5 * r.d0 * r.s0;
  r.c1 = 0.5 * (r.d0 * r.s1 + r.d1 * r.s0);
  r.c2 = 0.5 * r.d1 * r.s1;
  return r;
}

// E[softplus(D(z))] for z ~ N(0, 1), and the two derivatives the optimiser
// needs: E[sigma'(D) D'(z)] and E[z sigma'(D) D'(z)] (sigma' the logistic
// function), which are sigma d/dmu and d/dlog(sigma) of the expectation.
struct Expectation {
  double value = 0.0, dMu = 0.0, dLogSigma = 0.0;
};

// How the bounded remainder log1p(e^{-|D|}) is integrated.
struct Accuracy {
  // Breakpoints where |D| crosses these levels; beyond the last the
  // remainder is below e^{-level}, negligible, and skipped.
  std::array<double, 4> levels;
  double reach;      // |z| beyond which phi(z) is negligible
  double max_panel;  // longest panel in z
  bool adaptive;     // Gauss-Kronrod to a tolerance, or one Gauss rule
};

// Adaptive G7-K15 to ~1e-15 absolute: for the values the page shows and for
// the optimiser. Beyond |D| = 45 the remainder is below 3e-20; beyond
// |z| = 12, phi is below 6e-32.
constexpr Accuracy kAccurate = {{1.0, 4.0, 12.0, 45.0}, 12.0, 3.0, true};
// One 8-point Gauss-Legendre rule per panel, for the landscape's thousands of
// points: ~1e-12 relative (checked against kAccurate in the tests).
constexpr Accuracy kFast = {{2.0, 6.0, 15.0, 38.0}, 9.0, 1.5, false};

// QUADPACK's QK15 (Piessens et al. 1983), abscissae descending on [0, 1];
// verified against the exact moments of x^k to degree 22 (K15) and 13 (G7).
constexpr double kKronrodX[8] = {
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
    0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
    0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0.0};
constexpr double kKronrodW[8] = {
    0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
    0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
    0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
constexpr double kGaussW[4] = {
    0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
    0.381830050505118944950369775488975, 0.417959183673469387755102040816327};
// 8-point Gauss-Legendre (40-digit mpmath roots of P_8), positive half.
constexpr double kLegendreX[4] = {0.18343464249564980494, 0.52553240991632898582,
                                  0.79666647741362673959,
                                  0.96028985649753623168};
constexpr double kLegendreW[4] = {0.36268378337836198297, 0.31370664587788728734,
                                  0.22238103445337447054,
                                  0.10122853629037625915};

// The numerical part's integrand at z: phi(z) times the remainder
// log1p(e^{-sD}) (s = +1 where D > 0 is integrated in closed form, else -1)
// and, for the derivatives, phi(z) times -s logistic(-sD) D'(z) and z times
// that.
struct Remainder {
  const LogRatio& r;
  double sign;
  bool gradient;

  std::array<double, 3> operator()(double z) const {
    const double x = sign * r.at(z);
    const double phi = normalPdf(z);
    // log1p(e^{-x}) and 1 / (1 + e^x), without overflow for either sign of x
    // (x < 0 only in slivers next to a rounded root).
    const double e = std::exp(-std::fabs(x));
    const double rest = x >= 0.0 ? std::log1p(e) : -x + std::log1p(e);
    std::array<double, 3> out = {phi * rest, 0.0, 0.0};
    if (gradient) {
      const double logistic = x >= 0.0 ? e / (1.0 + e) : 1.0 / (1.0 + e);
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
};

// QK15 on [lo, hi] with QUADPACK's error estimate for the first component
// (the other two share its features, so one partition serves all three).
Panel kronrodPanel(const Remainder& f, double lo, double hi) {
  const double center = 0.5 * (lo + hi), half = 0.5 * (hi - lo);
  std::array<std::array<double, 3>, 15> fv;
  fv[7] = f(center);
  for (int i = 0; i < 7; ++i) {
    fv[i] = f(center - half * kKronrodX[i]);
    fv[14 - i] = f(center + half * kKronrodX[i]);
  }
  Panel panel{lo, hi, {0.0, 0.0, 0.0}, 0.0, 0.0};
  double gauss = kGaussW[3] * fv[7][0], absolute = 0.0;
  for (int c = 0; c < 3; ++c) panel.value[c] = kKronrodW[7] * fv[7][c];
  absolute = kKronrodW[7] * std::fabs(fv[7][0]);
  for (int i = 0; i < 7; ++i) {
    for (int c = 0; c < 3; ++c) {
      panel.value[c] += kKronrodW[i] * (fv[i][c] + fv[14 - i][c]);
    }
    absolute += kKronrodW[i] * (std::fabs(fv[i][0]) + std::fabs(fv[14 - i][0]));
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
  const double eps = std::numeric_limits<double>::epsilon();
  panel.floor = 50.0 * eps * absolute * half;
  panel.error = std::max(error, panel.floor);
  for (double& v : panel.value) v *= half;
  return panel;
}

// Adds the integral of f over [lo, hi] to `sum`.
void integrateRemainder(const Remainder& f, double lo, double hi,
                        const Accuracy& accuracy, Expectation& sum) {
  const int pieces = std::max(
      1, static_cast<int>(std::ceil((hi - lo) / accuracy.max_panel)));
  const double width = (hi - lo) / pieces;
  for (int k = 0; k < pieces; ++k) {
    const double a = lo + k * width, b = k + 1 == pieces ? hi : a + width;
    if (!accuracy.adaptive) {
      const double center = 0.5 * (a + b), half = 0.5 * (b - a);
      for (int i = 0; i < 4; ++i) {
        for (double node : {center - half * kLegendreX[i],
                            center + half * kLegendreX[i]}) {
          const auto v = f(node);
          sum.value += half * kLegendreW[i] * v[0];
          sum.dMu += half * kLegendreW[i] * v[1];
          sum.dLogSigma += half * kLegendreW[i] * v[2];
        }
      }
      continue;
    }
    // Recursive bisection to an absolute tolerance of 1e-15 over the whole
    // reach (shared in proportion to width), or to the rounding floor: the
    // remainder is at most log 2, and divergences where 1e-12 relative
    // accuracy is asked for are far above 1e-3.
    Panel stack[64];
    int top = 0;
    stack[top++] = kronrodPanel(f, a, b);
    while (top > 0) {
      const Panel panel = stack[--top];
      const double mid = 0.5 * (panel.lo + panel.hi);
      const double tolerance =
          1e-15 * (panel.hi - panel.lo) / (2.0 * accuracy.reach);
      if (panel.error <= std::max(tolerance, panel.floor) || top + 2 > 64 ||
          !(mid > panel.lo) || !(mid < panel.hi)) {
        sum.value += panel.value[0];
        sum.dMu += panel.value[1];
        sum.dLogSigma += panel.value[2];
        continue;
      }
      stack[top++] = kronrodPanel(f, panel.lo, mid);
      stack[top++] = kronrodPanel(f, mid, panel.hi);
    }
  }
}

Expectation softplusExpectation(const LogRatio& r, const Accuracy& accuracy,
                                bool gradient) {
  Expectation out;
  // The max(D, 0) part, in closed form on the intervals where D > 0.
  std::vector<double> roots;
  roots.reserve(24);
  quadraticRoots(r.c2, r.c1, r.c0, roots);
  std::sort(roots.begin(), roots.end());
  std::vector<double> cuts = {-kInf};
  cuts.insert(cuts.end(), roots.begin(), roots.end());
  cuts.push_back(kInf);
  // sign[i]: +1 if D > 0 on (cuts[i], cuts[i+1]). Decided by D at one inner
  // point; a rounded root only moves where the exact identity
  // softplus(d) = max(d, 0) + log1p(e^{-|d|}) is split, never its total.
  std::array<double, 3> signs = {1.0, 1.0, 1.0};
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    const double lo = cuts[i], hi = cuts[i + 1];
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
    signs[i] = r.at(inner) >= 0.0 ? 1.0 : -1.0;
    if (signs[i] < 0.0) continue;
    const Moments m = normalMoments(lo, hi);
    out.value += r.c0 * m.m0 + r.c1 * m.m1 + r.c2 * m.m2;
    out.dMu += r.c1 * m.m0 + 2.0 * r.c2 * m.m1;
    out.dLogSigma += r.c1 * m.m1 + 2.0 * r.c2 * m.m2;
  }

  // The remainder log1p(e^{-|D|}), numerically, on panels cut at the roots
  // of D = 0 and D = +-level, at the vertex, and every max_panel in z.
  const double reach = accuracy.reach;
  std::vector<double> breaks = {-reach, reach};
  for (double root : roots) breaks.push_back(root);
  for (double level : accuracy.levels) {
    quadraticRoots(r.c2, r.c1, r.c0 - level, breaks);
    quadraticRoots(r.c2, r.c1, r.c0 + level, breaks);
  }
  if (r.c2 != 0.0) breaks.push_back(-r.c1 / (2.0 * r.c2));
  std::sort(breaks.begin(), breaks.end());
  const double skip = accuracy.levels.back();
  for (size_t i = 0; i + 1 < breaks.size(); ++i) {
    const double lo = std::max(breaks[i], -reach);
    const double hi = std::min(breaks[i + 1], reach);
    if (!(lo < hi)) continue;
    const double mid = 0.5 * (lo + hi);
    const size_t piece = static_cast<size_t>(
        std::upper_bound(roots.begin(), roots.end(), mid) - roots.begin());
    const Remainder f{r, signs[piece], gradient};
    // Between consecutive breaks D stays inside one band between levels, so
    // D at the midpoint bounds the remainder on the whole panel.
    if (signs[piece] * r.at(mid) > skip) continue;
    integrateRemainder(f, lo, hi, accuracy, out);
  }
  return out;
}

// D(N(mu, sigma^2) || P) in nats, and optionally its gradient with respect
// to (mu, log sigma).
double reverseKl(const Mixture& p, double mu, double sigma,
                 const Accuracy& accuracy, std::array<double, 2>* gradient) {
  // Baseline: the component that alone explains G best, so that the
  // numerical correction is the smaller one.
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
  const double ua = (mu - p.means[a]) / p.sigmas[a];
  const double ra = sigma / p.sigmas[a];
  if (gradient != nullptr) {
    (*gradient)[0] = ua / p.sigmas[a];
    (*gradient)[1] = (ra - 1.0) * (ra + 1.0);
  }
  if (std::isinf(base)) return kInf;
  if (p.weights[1 - a] == 0.0) return std::max(0.0, base);
  const Expectation t = softplusExpectation(logRatioOf(p, a, mu, sigma),
                                            accuracy, gradient != nullptr);
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
    out[i] -= softplusExpectation(
                  logRatioOf(p, i, p.means[i], p.sigmas[i]), kAccurate, false)
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
  e.kl = reverseKl(p, mu, std::exp(log_sigma), kAccurate, &e.gradient);
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
    if (gradientSize(e, s_now) <= kGradientTolerance) {
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
    const double noise = 8.0 * std::numeric_limits<double>::epsilon() *
                         (std::fabs(e.kl) + 1.0);
    Evaluation next;
    double xn[2];
    bool accepted = false;
    for (int tries = 0; tries < 60; ++tries) {
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
  return {x[0], x[1], e.kl, gradientSize(e, std::exp(x[1])) <= 1e-7};
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
  if (x.size() != y.size()) {
    return InputError{"x and y have different lengths"};
  }
  if (x.size() < kMinCurvePoints || x.size() > kMaxCurvePoints) {
    return InputError{"n = " + std::to_string(x.size()) +
                      " points is outside [" + std::to_string(kMinCurvePoints) +
                      ", " + std::to_string(kMaxCurvePoints) + "]"};
  }
  return std::nullopt;
}

// The i-th of n points evenly spaced on [lo, hi], both ends exact.
double gridPoint(double lo, double hi, size_t i, size_t n) {
  if (i + 1 == n) return hi;
  return lo + (hi - lo) * static_cast<double>(i) / static_cast<double>(n - 1);
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
  const double mean = mixtureMean(p);
  double variance = 0.0;
  for (int i = 0; i < 2; ++i) {
    const double offset = p.means[i] - mean;
    variance += p.weights[i] *
                (p.sigmas[i] * p.sigmas[i] + offset * offset);
  }
  return std::sqrt(variance);
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
  return reverseKl(p, mu, sigma, kAccurate, nullptr);
}

Result<GaussianFit> fitGaussian(const Mixture& p, Direction direction,
                                Units units) {
  if (auto problem = checkMixture(p)) return *problem;
  if (direction == Direction::kForward) {
    const double mu = mixtureMean(p), sigma = mixtureStdDev(p);
    return GaussianFit{mu,    sigma, inUnits(forwardKlNats(p, mu, sigma), units),
                       false, mu,    sigma};
  }
  // Starts: each component, the moment-matched fit, and between the modes.
  std::vector<std::array<double, 2>> starts;
  for (int i = 0; i < 2; ++i) {
    if (p.weights[i] > 0.0) starts.push_back({p.means[i], p.sigmas[i]});
  }
  starts.push_back({mixtureMean(p), mixtureStdDev(p)});
  starts.push_back({0.5 * (p.means[0] + p.means[1]),
                    0.5 * (p.sigmas[0] + p.sigmas[1])});
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
    if (distinct && ties &&
        (other == nullptr ||
         std::fabs(m.mu - best.mu) > std::fabs(other->mu - best.mu))) {
      other = &m;
    }
  }
  const Minimum* first = &best;
  const Minimum* second = other;
  if (other != nullptr && other->mu < best.mu) std::swap(first, second);
  const double mu = first->mu, sigma = std::exp(first->log_sigma);
  GaussianFit fit{mu, sigma, inUnits(reverseKlNats(p, mu, sigma), units),
                  other != nullptr, mu, sigma};
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
  if (auto problem = checkGrid(logSigmaLo, "logSigmaLo", logSigmaHi,
                               "logSigmaHi")) {
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
    return InputError{"out has " + std::to_string(out.size()) +
                      " entries, not nMu * nLogSigma = " +
                      std::to_string(nMu * nLogSigma)};
  }
  const std::array<double, 2> divergences =
      direction == Direction::kForward ? componentDivergences(p)
                                       : std::array<double, 2>{0.0, 0.0};
  for (size_t i = 0; i < nLogSigma; ++i) {
    const double sigma =
        std::exp(gridPoint(logSigmaLo, logSigmaHi, i, nLogSigma));
    for (size_t j = 0; j < nMu; ++j) {
      const double mu = gridPoint(muLo, muHi, j, nMu);
      const double nats = direction == Direction::kForward
                              ? forwardKl(p, mu, sigma, divergences)
                              : reverseKl(p, mu, sigma, kFast, nullptr);
      out[i * nMu + j] = inUnits(nats, units);
    }
  }
  return std::nullopt;
}

}  // namespace infotheory
