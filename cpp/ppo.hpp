// PPO's clipped surrogate for the policy update of trust_region.hpp,
// pi_alpha proportional to pi_old exp(alpha A), and Monte Carlo estimators
// of its KL from sampled actions (k1 and k3 of J. Schulman, "Approximating
// KL Divergence", 2020).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// PPO's surrogate objectives at each alpha, with r(a) = pi_alpha(a) /
// pi_old(a): unclipped sum pi_old r A; clipped
// sum pi_old min(r A, clip(r, 1 - epsilon, 1 + epsilon) A); and the clipped
// one minus beta * D(pi_old || pi_alpha) (in nats). Checked: epsilon in
// (0, 1), beta finite and >= 0; each output span as long as alphas.
std::optional<InputError> ppoSurrogate(std::span<const double> piOld,
                                       std::span<const double> advantages,
                                       double epsilon, double beta,
                                       std::span<const double> alphas,
                                       std::span<double> unclipped,
                                       std::span<double> clipped,
                                       std::span<double> penalized);

// Monte Carlo estimates of D(pi_old || pi_alpha) from n draws x ~ pi_old,
// with r = pi_alpha(x) / pi_old(x): k1 = -log r (unbiased, can be negative,
// high variance) and k3 = (r - 1) - log r (unbiased, never negative, lower
// variance). Means and standard errors (sample sd / sqrt n), in `units`.
struct KlEstimates {
  double exact;
  double k1Mean;
  double k1StdError;
  double k3Mean;
  double k3StdError;
};
Result<KlEstimates> klEstimators(std::span<const double> piOld,
                                 std::span<const double> advantages,
                                 double alpha, uint64_t n, uint64_t seed,
                                 Units units = Units::kNats);

}  // namespace infotheory
