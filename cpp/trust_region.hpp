// A policy update inside a KL trust region (TRPO). PPO's clipped surrogate
// for the same update, and sample estimators of its KL, are in ppo.hpp.
//
// The update: pi_alpha(a) proportional to pi_old(a) * exp(alpha * A(a)) for
// a step size alpha >= 0 and advantages A. Its divergence from the old
// policy, D(pi_old || pi_alpha), grows with alpha from 0 (its derivative is
// E_{pi_alpha}[A] - E_old[A] >= 0).
#pragma once

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

}  // namespace infotheory
