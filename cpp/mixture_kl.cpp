#include "mixture_kl.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

#include "gauss_kronrod.hpp"
#include "gaussian.hpp"
#include "mixture_log_ratio.hpp"

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

constexpr double kInf = std::numeric_limits<double>::infinity();

// The remainder log1p(e^{-|delta|}) is integrated on panels cut where
// |delta| crosses these levels, so that no panel holds a kink (at delta = 0)
// or more than one band of the remainder's decay, which adaptive bisection
// could then miss; beyond the last level the remainder is below
// e^{-45} = 3e-20 and skipped. Beyond |z| = 12, phi < 6e-32.
constexpr std::array<double, 4> kLevels = {1.0, 4.0, 12.0, 45.0};
constexpr double kReach = 12.0;
constexpr double kMaxPanel = 3.0;
// The remainder is at most log 2, and the divergences whose 1e-12 relative
// accuracy matters are far above 1e-3: an absolute tolerance serves. The
// panel budget is a safeguard that ordinary inputs never reach (they take
// tens), so that a pathological one returns promptly.
constexpr AdaptiveTolerance kRemainderTolerance = {0.0, 1e-15, 2000};

// The numerical part's integrand at z: phi(z) times the remainder
// log1p(e^{-s delta}) (s = +1 where delta > 0 went to the closed form, else
// -1) and, for the derivatives, phi(z) times -s logistic(-s delta) delta'(z)
// and z times that. Its noise bounds the rounding error of the first: delta
// is a difference of terms as large as |k| + |u_a - u_b| |u_a + u_b| / 2,
// which can be far above 1 (G wide or far from P) and then leaves noise no
// rule can remove.
struct Remainder {
  const LogRatio& r;
  const Pieces& pieces;
  bool gradient;

  KronrodSample<3> operator()(double z) const {
    const double sign = pieces.signAt(z);
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
    KronrodSample<3> out{{phi * rest, 0.0, 0.0}, noise};
    if (gradient) {
      const double g = -sign * logistic * r.slope(z) * phi;
      out.values[1] = g;
      out.values[2] = z * g;
    }
    return out;
  }
};

// E[softplus(delta)]: the max part in closed form, the remainder by adaptive
// Gauss-Kronrod on panels at most kMaxPanel wide, cut at the level breaks
// and within kReach.
Expectation softplusExpectation(const LogRatio& r, bool gradient) {
  Expectation out;
  const Pieces pieces = maxPart(r, out);
  const Points breaks = levelBreaks(r, kLevels);
  std::vector<Interval> start;
  for (size_t i = 0; i <= breaks.n; ++i) {
    const double lo = i == 0 ? -kReach : std::max(breaks.v[i - 1], -kReach);
    const double hi = i == breaks.n ? kReach : std::min(breaks.v[i], kReach);
    if (!(lo < hi)) continue;
    // Between consecutive breaks delta stays inside one band between levels,
    // so delta at the midpoint bounds the remainder on the whole interval.
    const double mid = 0.5 * (lo + hi);
    if (pieces.signAt(mid) * r.at(mid) > kLevels.back()) continue;
    appendEqualPanels(
        lo, hi, std::max(1, static_cast<int>(std::ceil((hi - lo) / kMaxPanel))),
        start);
  }
  if (start.empty()) return out;
  const auto rest =
      integrateAdaptive(Remainder{r, pieces, gradient},
                        std::span<const Interval>(start), kRemainderTolerance);
  out.value += rest.value[0];
  out.dMu += rest.value[1];
  out.dLogSigma += rest.value[2];
  return out;
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

}  // namespace

double forwardKlNats(const Mixture& p, double mu, double sigma) {
  return forwardKlNats(p, mu, sigma, componentDivergences(p));
}

double reverseKlNats(const Mixture& p, double mu, double sigma) {
  return reverseKl(p, mu, sigma, nullptr);
}

double reverseKlNats(const Mixture& p, double mu, double sigma,
                     std::array<double, 2>& gradient) {
  return reverseKl(p, mu, sigma, &gradient);
}

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

double forwardKlNats(const Mixture& p, double mu, double sigma,
                     const std::array<double, 2>& component_divergences) {
  double sum = 0.0;
  for (int i = 0; i < 2; ++i) {
    if (!(p.weights[i] > 0.0)) continue;
    sum += p.weights[i] * (gaussianKlNats(p.means[i], p.sigmas[i], mu, sigma) -
                           component_divergences[i]);
  }
  return std::max(0.0, sum);
}

}  // namespace infotheory
