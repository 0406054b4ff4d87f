// A policy update inside a KL trust region (TRPO), PPO's clipped surrogate
// for the same update, and sample estimators of the KL.
//
// The update: pi_alpha(a) proportional to pi_old(a) * exp(alpha * A(a)) for
// a step size alpha >= 0 and advantages A. Its divergence from the old
// policy, D(pi_old || pi_alpha), grows with alpha from 0 (its derivative is
// E_{pi_alpha}[A] - E_old[A] >= 0).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// pi_alpha, computed in log space (no overflow for large alpha * A).
// Checked: pi_old a distribution, advantages finite and of the same length,
// alpha finite and >= 0. out.size() == piOld.size().
std::optional<InputError> policyUpdate(std::span<const double> piOld,
                                       std::span<const double> advantages,
                                       double alpha, std::span<double> out);

// D(pi_old || pi_alpha) at each alpha in `alphas` (each finite, >= 0).
std::optional<InputError> klAlongUpdate(std::span<const double> piOld,
                                        std::span<const double> advantages,
                                        std::span<const double> alphas,
                                        Units units, std::span<double> out);

// The largest alpha >= 0 with D(pi_old || pi_alpha) <= delta (delta in
// `units`, finite and > 0), to 1e-12 relative. D grows without bound in
// alpha (its slope E_{pi_alpha}[A] - E_old[A] tends to max A - E_old[A])
// unless the advantages are equal on pi_old's support; then no step moves
// the policy and the answer is +infinity.
Result<double> maxStepWithinBudget(std::span<const double> piOld,
                                   std::span<const double> advantages,
                                   double delta, Units units = Units::kNats);

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
