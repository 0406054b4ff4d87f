#include "trust_region.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

#include "policy_tilt.hpp"
#include "validate.hpp"

namespace infotheory {

using tilt::kInf;

std::optional<InputError> policyUpdate(std::span<const double> piOld,
                                       std::span<const double> advantages,
                                       double alpha, std::span<double> out) {
  if (auto problem = tilt::checkPolicy(piOld, advantages)) return problem;
  if (auto problem = tilt::checkStep(alpha, "alpha")) return problem;
  if (out.size() != piOld.size()) {
    return InputError{"out and piOld have different lengths" +
                      tilt::lengths(out.size(), piOld.size())};
  }
  const tilt::Baseline b = tilt::baselineOf(piOld, advantages);
  const tilt::Tilt t = tilt::tiltAt(piOld, advantages, b, alpha);
  for (size_t a = 0; a < piOld.size(); ++a) {
    out[a] = tilt::tilted(piOld[a], advantages[a], b, alpha, t);
  }
  return std::nullopt;
}

std::optional<InputError> klAlongUpdate(std::span<const double> piOld,
                                        std::span<const double> advantages,
                                        std::span<const double> alphas,
                                        Units units, std::span<double> out) {
  if (auto problem = tilt::checkPolicy(piOld, advantages)) return problem;
  if (auto problem = tilt::checkSteps(alphas)) return problem;
  if (out.size() != alphas.size()) {
    return InputError{"out and alphas have different lengths" +
                      tilt::lengths(out.size(), alphas.size())};
  }
  const tilt::Baseline b = tilt::baselineOf(piOld, advantages);
  for (size_t i = 0; i < alphas.size(); ++i) {
    const double kl =
        tilt::divergenceAt(piOld, advantages, b, alphas[i], false).kl;
    out[i] = inUnits(kl, units);
  }
  return std::nullopt;
}

Result<double> maxStepWithinBudget(std::span<const double> piOld,
                                   std::span<const double> advantages,
                                   double delta, Units units) {
  if (auto problem = tilt::checkPolicy(piOld, advantages)) return *problem;
  if (auto problem = checkPositive(delta, "delta")) return *problem;
  const tilt::Baseline b = tilt::baselineOf(piOld, advantages);
  if (b.flat) return kInf;  // D = 0 for every alpha (policy_tilt.hpp)
  const double budget = units == Units::kBits ? delta / kLog2E : delta;
  const auto excess = [&](double alpha) {
    return tilt::divergenceAt(piOld, advantages, b, alpha, false).kl - budget;
  };
  // D ~ alpha^2 Var / 2 near 0 gives the first guess; then bracket the root
  // by doubling or halving: D is continuous and increasing from 0 to
  // infinity, so both loops end (unless the root is beyond the doubles).
  double guess = std::sqrt(2.0 * budget / b.variance);
  if (!(guess > 0.0 && guess < kInf)) guess = 1.0;
  double lo = guess, hi = guess;
  if (excess(guess) <= 0.0) {
    do {
      lo = hi;
      hi *= 2.0;
      if (hi == kInf) {
        // Doubled past the doubles: the root may still lie below DBL_MAX.
        hi = DBL_MAX;
        if (excess(hi) <= 0.0) return kInf;  // within budget at every alpha
        break;
      }
    } while (excess(hi) <= 0.0);
  } else {
    do {
      hi = lo;
      lo *= 0.5;
      if (lo == 0.0) return 0.0;  // the step is below the doubles
    } while (excess(lo) > 0.0);
  }
  // Safeguarded Newton ("rtsafe", Press et al., Numerical Recipes 9.4).
  // D is convex, so Newton from the upper end descends monotonically onto
  // the root; a step leaving the bracket is replaced by bisection.
  double x = hi;
  for (int iteration = 0; iteration < 200; ++iteration) {
    const tilt::Divergence d =
        tilt::divergenceAt(piOld, advantages, b, x, true);
    const double g = d.kl - budget;
    if (g == 0.0) return x;
    if (g < 0.0) {
      lo = x;
    } else {
      hi = x;
    }
    double newton = d.slope > 0.0 ? x - g / d.slope : lo;
    // Quadratic convergence: once the correction is this small, the error
    // left after it is far smaller, and below what D's rounding resolves.
    // But a slope lost in rounding (alpha Var = 1e-98 against sums of w B
    // rounded at 1e-15) or overflowed also gives a tiny step: the root is
    // taken only if D crosses the budget within 1e-12 of it, else bisected.
    if (std::fabs(newton - x) <= 1e-14 * x) {
      const double root = std::clamp(newton, lo, hi);
      if (excess(root * (1 - 1e-12)) <= 0.0 &&
          excess(std::min(root * (1 + 1e-12), DBL_MAX)) >= 0.0) {
        return root;
      }
      newton = lo;
    }
    x = newton > lo && newton < hi ? newton : lo + 0.5 * (hi - lo);
    if (hi - lo <= 1e-15 * hi) return lo;
  }
  return lo;
}

}  // namespace infotheory
