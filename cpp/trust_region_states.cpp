#include "trust_region_states.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "policy_tilt.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

using tilt::kInf;

struct State {
  std::span<const double> w;
  std::span<const double> adv;
  double rho;
  tilt::Baseline b;
};

std::optional<InputError> inState(std::optional<InputError> problem, size_t s) {
  if (problem)
    problem->message = "state " + std::to_string(s) + ": " + problem->message;
  return problem;
}

// The states, checked; `out` filled only when every check passes.
std::optional<InputError> statesOf(std::span<const double> piOld,
                                   std::span<const double> advantages,
                                   std::span<const double> sizes,
                                   std::span<const double> weights,
                                   std::vector<State>& out) {
  if (sizes.empty())
    return InputError{"sizes is empty: give at least one state"};
  if (sizes.size() > kMaxPolicyStates) {
    return InputError{"sizes has " + std::to_string(sizes.size()) +
                      " states, more than " + std::to_string(kMaxPolicyStates)};
  }
  if (weights.size() != sizes.size()) {
    return InputError{"weights has " + std::to_string(weights.size()) +
                      " entries but sizes has " + std::to_string(sizes.size())};
  }
  if (auto problem = checkDistribution(weights, "weights")) return problem;
  if (advantages.size() != piOld.size()) {
    return InputError{"advantages and piOld have different lengths" +
                      tilt::lengths(advantages.size(), piOld.size())};
  }
  size_t start = 0;
  std::vector<State> states;
  for (size_t s = 0; s < sizes.size(); ++s) {
    const double k = sizes[s];
    if (!(k >= 1.0 && k == std::floor(k) &&
          k <= static_cast<double>(piOld.size()))) {
      return InputError{"sizes[" + std::to_string(s) +
                        "] = " + std::to_string(k) +
                        " must be a whole number of actions >= 1"};
    }
    const size_t n = static_cast<size_t>(k);
    if (start + n > piOld.size()) {
      return InputError{"sizes add up to more than the " +
                        std::to_string(piOld.size()) + " entries of piOld"};
    }
    const auto w = piOld.subspan(start, n);
    const auto a = advantages.subspan(start, n);
    if (auto problem = inState(tilt::checkPolicy(w, a), s)) return problem;
    states.push_back(State{w, a, weights[s], tilt::baselineOf(w, a)});
    start += n;
  }
  if (start != piOld.size()) {
    return InputError{"sizes add up to " + std::to_string(start) +
                      " but piOld has " + std::to_string(piOld.size()) +
                      " entries"};
  }
  out = std::move(states);
  return std::nullopt;
}

// E_s D in nats, and its slope in alpha if asked for.
tilt::Divergence expectedAt(const std::vector<State>& states, double alpha,
                            bool with_slope) {
  tilt::Divergence sum{0.0, 0.0, 0.0};
  for (const State& s : states) {
    if (s.rho == 0.0) continue;
    const auto d = tilt::divergenceAt(s.w, s.adv, s.b, alpha, with_slope);
    sum.kl += s.rho * d.kl;
    if (with_slope) sum.slope += s.rho * d.slope;
  }
  return sum;
}

}  // namespace

std::optional<InputError> expectedKlAlongUpdate(
    std::span<const double> piOld, std::span<const double> advantages,
    std::span<const double> sizes, std::span<const double> weights,
    std::span<const double> alphas, Units units, std::span<double> out) {
  std::vector<State> states;
  if (auto problem = statesOf(piOld, advantages, sizes, weights, states)) {
    return problem;
  }
  if (auto problem = tilt::checkSteps(alphas)) return problem;
  if (out.size() != alphas.size()) {
    return InputError{"out and alphas have different lengths" +
                      tilt::lengths(out.size(), alphas.size())};
  }
  for (size_t i = 0; i < alphas.size(); ++i) {
    out[i] = inUnits(expectedAt(states, alphas[i], false).kl, units);
  }
  return std::nullopt;
}

std::optional<InputError> klPerState(std::span<const double> piOld,
                                     std::span<const double> advantages,
                                     std::span<const double> sizes,
                                     std::span<const double> weights,
                                     double alpha, Units units,
                                     std::span<double> out) {
  std::vector<State> states;
  if (auto problem = statesOf(piOld, advantages, sizes, weights, states)) {
    return problem;
  }
  if (auto problem = tilt::checkStep(alpha, "alpha")) return problem;
  if (out.size() != 2 * states.size()) {
    return InputError{"out must hold two numbers per state" +
                      tilt::lengths(out.size(), 2 * states.size())};
  }
  for (size_t s = 0; s < states.size(); ++s) {
    const State& st = states[s];
    const double kl = tilt::divergenceAt(st.w, st.adv, st.b, alpha, false).kl;
    out[s] = inUnits(kl, units);
    out[states.size() + s] = inUnits(st.rho * kl, units);
  }
  return std::nullopt;
}

Result<double> maxStepWithinExpectedBudget(std::span<const double> piOld,
                                           std::span<const double> advantages,
                                           std::span<const double> sizes,
                                           std::span<const double> weights,
                                           double delta, Units units) {
  std::vector<State> states;
  if (auto problem = statesOf(piOld, advantages, sizes, weights, states)) {
    return *problem;
  }
  if (auto problem = checkPositive(delta, "delta")) return *problem;
  const bool frozen =
      std::all_of(states.begin(), states.end(),
                  [](const State& s) { return s.rho == 0.0 || s.b.flat; });
  if (frozen) return kInf;
  const double budget = units == Units::kBits ? delta / kLog2E : delta;
  const auto excess = [&](double alpha) {
    return expectedAt(states, alpha, false).kl - budget;
  };
  // Near 0, E D ~ alpha^2 E Var / 2: the first guess; then bracket the root.
  double variance = 0.0;
  for (const State& s : states) variance += s.rho * s.b.variance;
  double guess = std::sqrt(2.0 * budget / variance);
  if (!(guess > 0.0 && guess < kInf)) guess = 1.0;
  double lo = guess, hi = guess;
  if (excess(guess) <= 0.0) {
    do {
      lo = hi;
      hi *= 2.0;
      if (hi == kInf) {
        hi = DBL_MAX;
        if (excess(hi) <= 0.0) return kInf;
        break;
      }
    } while (excess(hi) <= 0.0);
  } else {
    do {
      hi = lo;
      lo *= 0.5;
      if (lo == 0.0) return 0.0;
    } while (excess(lo) > 0.0);
  }
  // Safeguarded Newton on the convex, increasing E D (as trust_region.cpp):
  // lo stays within the budget, hi outside; the answer is lo once they meet.
  double x = hi;
  for (int iteration = 0; iteration < 300; ++iteration) {
    const tilt::Divergence d = expectedAt(states, x, true);
    const double g = d.kl - budget;
    if (g == 0.0) return x;
    if (g < 0.0) {
      lo = x;
    } else {
      hi = x;
    }
    if (hi - lo <= 1e-13 * hi) return lo;
    const double newton = d.slope > 0.0 ? x - g / d.slope : lo;
    x = newton > lo && newton < hi ? newton : lo + 0.5 * (hi - lo);
    // Newton from above can stall against lo: bisect when it barely moves.
    if (std::fabs(x - lo) <= 1e-14 * hi) x = lo + 0.5 * (hi - lo);
  }
  return lo;
}

Result<ImportanceWeights> importanceWeightsAt(
    std::span<const double> piOld, std::span<const double> advantages,
    std::span<const double> sizes, std::span<const double> weights,
    double alpha, Units units) {
  std::vector<State> states;
  if (auto problem = statesOf(piOld, advantages, sizes, weights, states)) {
    return *problem;
  }
  if (auto problem = tilt::checkStep(alpha, "alpha")) return *problem;
  ImportanceWeights out{0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
  for (const State& s : states) {
    if (s.rho == 0.0) continue;
    const tilt::Tilt t = tilt::tiltAt(s.w, s.adv, s.b, alpha);
    double surrogate = 0.0, old_value = 0.0, second = 0.0;
    for (size_t a = 0; a < s.w.size(); ++a) {
      if (s.w[a] == 0.0) continue;
      // From pi_alpha itself (never overflows), not from w r: r may overflow
      // for a w(a) near the subnormal range, and inf * 0 is NaN.
      const double w = s.w[a] / s.b.mass;
      const double p = tilt::tilted(s.w[a], s.adv[a], s.b, alpha, t);
      surrogate += p * s.adv[a];
      old_value += w * s.adv[a];
      second += (p / w) * p;
      out.maxRatio = std::max(out.maxRatio, p / w);
    }
    out.surrogate += s.rho * surrogate;
    out.oldValue += s.rho * old_value;
    out.secondMoment += s.rho * second;
    out.expectedKl +=
        s.rho * tilt::divergenceAt(s.w, s.adv, s.b, alpha, false).kl;
  }
  out.expectedKl = inUnits(out.expectedKl, units);
  out.effectiveFraction = 1.0 / out.secondMoment;
  return out;
}

}  // namespace infotheory
