#include "mixture_log_ratio.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "gauss_kronrod.hpp"
#include "gaussian.hpp"
#include "stable_log.hpp"

namespace infotheory {

namespace {

constexpr double kInvSqrt2 = 0.7071067811865475244008444;
constexpr double kInf = std::numeric_limits<double>::infinity();

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

}  // namespace

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

double Pieces::signAt(double z) const {
  return signs[static_cast<size_t>(
      std::upper_bound(roots.begin(), roots.end(), z) - roots.begin())];
}

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
      // integrate delta phi itself, with one K15 panel: K15 is exact to degree
      // 22, and phi varies by less than that over a unit width (error ~ 1e-19
      // relative).
      const auto panel = kronrodPanel(
          [&r](double z) {
            const double phi = normalPdf(z), slope = r.slope(z);
            return KronrodSample<3>{
                {phi * r.at(z), phi * slope, phi * z * slope}};
          },
          lo, hi);
      out.value += panel.value[0];
      out.dMu += panel.value[1];
      out.dLogSigma += panel.value[2];
      continue;
    }
    const Moments m = normalMoments(lo, hi);
    out.value += r.c0 * m.m0 + r.c1 * m.m1 + r.c2 * m.m2;
    out.dMu += r.c1 * m.m0 + 2.0 * r.c2 * m.m1;
    out.dLogSigma += r.c1 * m.m1 + 2.0 * r.c2 * m.m2;
  }
  return pieces;
}

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

}  // namespace infotheory
