#include "ppo.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "policy_tilt.hpp"
#include "sampling.hpp"
#include "stable_log.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

using tilt::kInf;

std::optional<InputError> ppoSurrogate(std::span<const double> piOld,
                                       std::span<const double> advantages,
                                       double epsilon, double beta,
                                       std::span<const double> alphas,
                                       std::span<double> unclipped,
                                       std::span<double> clipped,
                                       std::span<double> penalized) {
  if (auto problem = tilt::checkPolicy(piOld, advantages)) return problem;
  if (auto problem = checkFinite(epsilon, "epsilon")) return problem;
  if (!(epsilon > 0.0 && epsilon < 1.0)) {
    return InputError{"epsilon = " + formatNumber(epsilon) +
                      " is outside (0, 1)"};
  }
  if (auto problem = checkFinite(beta, "beta")) return problem;
  if (!(beta >= 0.0)) {
    return InputError{"beta = " + formatNumber(beta) +
                      " is negative; it must be >= 0"};
  }
  if (auto problem = tilt::checkSteps(alphas)) return problem;
  for (const auto& [name, span] :
       {std::pair{"unclipped", unclipped}, std::pair{"clipped", clipped},
        std::pair{"penalized", penalized}}) {
    if (span.size() != alphas.size()) {
      return InputError{std::string(name) +
                        " and alphas have different lengths" +
                        tilt::lengths(span.size(), alphas.size())};
    }
  }
  const tilt::Baseline b = tilt::baselineOf(piOld, advantages);
  const double below = 1.0 - epsilon, above = 1.0 + epsilon;
  for (size_t i = 0; i < alphas.size(); ++i) {
    const double alpha = alphas[i];
    const tilt::Tilt t = tilt::tiltAt(piOld, advantages, b, alpha);
    // clipped = unclipped - sum of (unclipped term - clipped term), each
    // difference >= 0, so clipped <= unclipped holds after rounding too.
    NeumaierSum plain, cut, kept;
    for (size_t a = 0; a < piOld.size(); ++a) {
      if (piOld[a] == 0.0) continue;
      const double adv = advantages[a];
      const double term = tilt::tilted(piOld[a], adv, b, alpha, t) * adv;
      const double r = tilt::ratio(adv, b, alpha, t);
      double capped = term;  // r inside [1 - eps, 1 + eps]: nothing to clip
      if (r > above) capped = piOld[a] / b.mass * above * adv;
      if (r < below) capped = piOld[a] / b.mass * below * adv;
      plain.add(term);
      cut.add(term - std::min(term, capped));
      kept.add(std::min(term, capped));
    }
    const double kl = tilt::divergenceAt(piOld, advantages, b, alpha, false).kl;
    unclipped[i] = plain.value();
    clipped[i] = unclipped[i] - cut.value();
    // Advantages near DBL_MAX: both sums may round up to +inf (inf - inf);
    // then the clipped terms are added up directly.
    if (std::isnan(clipped[i]))
      clipped[i] = std::min(kept.value(), unclipped[i]);
    // An infinite penalty (D overflowed) wins over a clipped value rounded
    // up to +inf, and beta = 0 means none at all, not 0 * inf = NaN.
    const double penalty = beta == 0.0 ? 0.0 : beta * kl;
    penalized[i] = penalty == kInf ? -kInf : clipped[i] - penalty;
  }
  return std::nullopt;
}

Result<KlEstimates> klEstimators(std::span<const double> piOld,
                                 std::span<const double> advantages,
                                 double alpha, uint64_t n, uint64_t seed,
                                 Units units) {
  if (auto problem = tilt::checkPolicy(piOld, advantages)) return *problem;
  if (auto problem = tilt::checkStep(alpha, "alpha")) return *problem;
  if (n < 2 || n > kMaxDraws) {
    return InputError{"n = " + std::to_string(n) + " is outside [2, " +
                      std::to_string(kMaxDraws) + "]"};
  }
  // Both estimators depend on a draw only through its action, so n draws
  // are summarised by their counts: the same draws as sampleCounts with this
  // seed, in O(n log K + K) instead of n logarithms.
  std::vector<double> counts(piOld.size());
  if (auto problem = sampleCounts(piOld, n, seed, counts)) return *problem;
  const tilt::Baseline b = tilt::baselineOf(piOld, advantages);
  const tilt::Divergence d =
      tilt::divergenceAt(piOld, advantages, b, alpha, false);
  // Beyond the series, alpha B and kappa are both near alpha max B and may
  // overflow together (infinity - infinity): there log r comes from the
  // update's own normaliser, alpha (A - max A) - log(z / mass).
  const bool shifted = !b.flat && alpha * b.top > tilt::kSeriesLimit;
  const double log_normaliser =
      shifted
          ? tilt::tiltAt(piOld, advantages, b, alpha).log_z - std::log(b.mass)
          : 0.0;
  const auto logRatio = [&](size_t a) {
    if (b.flat || alpha == 0.0) return 0.0;
    if (shifted)
      return tilt::exponentOf(alpha, advantages[a], b) - log_normaliser;
    return alpha * tilt::centredOf(advantages[a], b) - d.kappa;
  };
  const auto k1 = [&](size_t a) { return -logRatio(a); };
  // (r - 1) - log r = expm1(log r) - log r: >= 0 and accurate near r = 1,
  // where r - 1 and log r nearly cancel.
  const auto k3 = [&](size_t a) { return expm1MinusIdentity(logRatio(a)); };
  // Two passes over the counts, the mean and then squared deviations from
  // it: the most accurate way to a variance (Chan, Golub and LeVeque, Am.
  // Stat. 37, 1983), at least as good as Welford's one-pass update
  // (Technometrics 4, 1962), which needs the draws one by one.
  const double draws = static_cast<double>(n);
  const auto meanAndError = [&](const auto& k) {
    NeumaierSum total;
    for (size_t a = 0; a < counts.size(); ++a) {
      if (counts[a] > 0.0) total.add(counts[a] * k(a));
    }
    const double mean = total.value() / draws;
    // An estimate beyond the doubles has no finite spread either (and its
    // deviations would be infinity - infinity).
    if (!std::isfinite(mean)) return std::pair{mean, kInf};
    NeumaierSum squares;
    for (size_t a = 0; a < counts.size(); ++a) {
      if (counts[a] == 0.0) continue;
      const double deviation = k(a) - mean;
      squares.add(counts[a] * deviation * deviation);
    }
    const double variance = squares.value() / (draws - 1.0);
    return std::pair{mean, std::sqrt(variance / draws)};
  };
  const auto [k1_mean, k1_error] = meanAndError(k1);
  const auto [k3_mean, k3_error] = meanAndError(k3);
  return KlEstimates{inUnits(d.kl, units), inUnits(k1_mean, units),
                     inUnits(k1_error, units), inUnits(k3_mean, units),
                     inUnits(k3_error, units)};
}

}  // namespace infotheory
