// The trust region over several states, as TRPO states it: the constraint is
// an expectation over the states the old policy visits,
//   E_s[ D(pi_old(.|s) || pi_alpha(.|s)) ] <= delta,
// with one step size alpha for all states and each state's own update
// pi_alpha(.|s) proportional to pi_old(.|s) exp(alpha A(s, .)).
//
// The states arrive concatenated: piOld and advantages hold state 0's actions,
// then state 1's, ...; sizes[s] is the number of actions of state s (an
// integer >= 1, summing to the length of piOld); weights is the distribution
// rho(s) of the states. Each state is checked as trust_region.hpp checks one
// policy; messages name the state ("state 2: piOld ...").
#pragma once

#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

inline constexpr size_t kMaxPolicyStates = 64;

// E_s D(pi_old(.|s) || pi_alpha(.|s)) at each alpha in `alphas` (finite, >= 0).
std::optional<InputError> expectedKlAlongUpdate(
    std::span<const double> piOld, std::span<const double> advantages,
    std::span<const double> sizes, std::span<const double> weights,
    std::span<const double> alphas, Units units, std::span<double> out);

// Per state at one alpha: out[s] = D_s(alpha) and out[S + s] = rho(s)
// D_s(alpha), its share of the expectation. out.size() == 2 * sizes.size().
std::optional<InputError> klPerState(std::span<const double> piOld,
                                     std::span<const double> advantages,
                                     std::span<const double> sizes,
                                     std::span<const double> weights,
                                     double alpha, Units units,
                                     std::span<double> out);

// The largest alpha >= 0 with E_s D <= delta (delta in `units`, > 0), to
// 1e-12 relative (the expectation is continuous and increasing in alpha);
// +infinity when no state with rho(s) > 0 can move (advantages constant on
// its pi_old's support).
Result<double> maxStepWithinExpectedBudget(std::span<const double> piOld,
                                           std::span<const double> advantages,
                                           std::span<const double> sizes,
                                           std::span<const double> weights,
                                           double delta,
                                           Units units = Units::kNats);

// The importance weights r(s, a) = pi_alpha(a|s) / pi_old(a|s) at one alpha.
// The surrogate L(alpha) = E_s E_{a ~ pi_old}[r A] is what a batch of
// pi_old's actions estimates; each sample's weight r is near 1 inside a small
// trust region, and E[r^2] = 1 + chi^2(pi_alpha || pi_old) says how much
// n such samples are worth (about n / E[r^2]).
struct ImportanceWeights {
  double surrogate;          // E_s E_{pi_old}[r A] = E_s E_{pi_alpha}[A]
  double oldValue;           // E_s E_{pi_old}[A]: the surrogate at alpha = 0
  double expectedKl;         // E_s D(pi_old || pi_alpha), in `units`
  double maxRatio;           // max r over states with rho > 0 and pi_old > 0
  double secondMoment;       // E_s E_{pi_old}[r^2] >= 1
  double effectiveFraction;  // 1 / secondMoment: the share of samples that
                             // count
};
Result<ImportanceWeights> importanceWeightsAt(
    std::span<const double> piOld, std::span<const double> advantages,
    std::span<const double> sizes, std::span<const double> weights,
    double alpha, Units units = Units::kNats);

}  // namespace infotheory
