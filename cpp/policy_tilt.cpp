#include "policy_tilt.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stable_log.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory::tilt {

std::string lengths(size_t a, size_t b) {
  return " (" + std::to_string(a) + " and " + std::to_string(b) + ")";
}

std::optional<InputError> checkPolicy(std::span<const double> pi_old,
                                      std::span<const double> advantages) {
  if (auto problem = checkDistribution(pi_old, "piOld")) return problem;
  if (auto problem = checkFiniteArray(advantages, "advantages")) {
    return problem;
  }
  if (advantages.size() != pi_old.size()) {
    return InputError{"piOld and advantages have different lengths" +
                      lengths(pi_old.size(), advantages.size()) +
                      "; there must be one advantage per action"};
  }
  // Only differences of advantages matter; if the largest difference is not
  // a double, neither is anything computed from them.
  double lowest = kInf, highest = -kInf;
  for (size_t a = 0; a < pi_old.size(); ++a) {
    if (pi_old[a] == 0.0) continue;
    lowest = std::min(lowest, advantages[a]);
    highest = std::max(highest, advantages[a]);
  }
  if (!std::isfinite(highest - lowest)) {
    return InputError{"advantages range from " + formatNumber(lowest) + " to " +
                      formatNumber(highest) +
                      "; their spread must be a finite number"};
  }
  return std::nullopt;
}

std::optional<InputError> checkStep(double alpha, const std::string& name) {
  if (auto problem = checkFinite(alpha, name)) return problem;
  if (!(alpha >= 0.0)) {
    return InputError{name + " = " + formatNumber(alpha) +
                      " is negative; a step size must be >= 0"};
  }
  return std::nullopt;
}

std::optional<InputError> checkSteps(std::span<const double> alphas) {
  if (auto problem = checkFiniteArray(alphas, "alphas")) return problem;
  for (size_t i = 0; i < alphas.size(); ++i) {
    if (alphas[i] >= 0.0) continue;  // the label is built only on failure
    return checkStep(alphas[i], "alphas[" + std::to_string(i) + "]");
  }
  return std::nullopt;
}

Baseline baselineOf(std::span<const double> w, std::span<const double> adv) {
  Baseline b{};
  NeumaierSum mass, below;
  double first = 0.0;
  bool seen = false;
  b.flat = true;
  b.best = -kInf;
  for (size_t a = 0; a < w.size(); ++a) {
    if (w[a] == 0.0) continue;
    mass.add(w[a]);
    b.best = std::max(b.best, adv[a]);
    if (!seen) first = adv[a];
    seen = true;
    b.flat = b.flat && adv[a] == first;
  }
  b.mass = mass.value();
  // The mean as an offset from the advantage of the heaviest action,
  // summed from A - anchor (exact for nearby A): A - mean would round the
  // mean to A's ulp, an error alpha multiplies (advantages near 1e6, 1e-4
  // apart, alpha 1e11: D was off by 1e-5 relative). B = (A - anchor) -
  // offset keeps the digits, and is tiny and accurate where most mass is.
  size_t heaviest = 0;
  for (size_t a = 0; a < w.size(); ++a) {
    if (w[a] > w[heaviest]) heaviest = a;
  }
  b.anchor = adv[heaviest];
  for (size_t a = 0; a < w.size(); ++a) {
    if (w[a] > 0.0) below.add(w[a] * (adv[a] - b.anchor));
  }
  // A constant A gets its exact value as the mean: then B = 0 exactly and
  // every divergence below is exactly 0.
  b.offset = b.flat ? 0.0 : below.value() / b.mass;
  b.mean = b.flat ? first : b.anchor + b.offset;
  NeumaierSum residue, square;
  for (size_t a = 0; a < w.size(); ++a) {
    if (w[a] == 0.0) continue;
    const double centred = centredOf(adv[a], b);
    residue.add(w[a] * centred);
    square.add(w[a] * centred * centred);
  }
  b.residue = residue.value();
  b.top = b.flat ? 0.0 : (b.best - b.anchor) - b.offset;
  const double drift = b.residue / b.mass;
  b.variance = std::max(0.0, square.value() / b.mass - drift * drift);
  return b;
}

Divergence divergenceAt(std::span<const double> w, std::span<const double> adv,
                        const Baseline& b, double alpha, bool with_slope) {
  if (b.flat || alpha == 0.0) return {0.0, 0.0, 0.0};
  const bool series = alpha * b.top <= kSeriesLimit;
  NeumaierSum excess, shifted, shifted_b;
  for (size_t a = 0; a < w.size(); ++a) {
    if (w[a] == 0.0) continue;
    const double centred = centredOf(adv[a], b);
    if (series) {
      // alpha B can overflow to -infinity for a tiny w (a subnormal one)
      // while w (e^(alpha B) - 1 - alpha B) ~ w |B| alpha - w is small.
      const double x = alpha * centred;
      excess.add(x > -kInf ? w[a] * expm1MinusIdentity(x)
                           : (w[a] * -centred) * alpha - w[a]);
    }
    if (!series || with_slope) {
      const double v = w[a] * std::exp(alpha * (adv[a] - b.best));
      shifted.add(v);
      if (with_slope) shifted_b.add(v * centred);
    }
  }
  const double drift = alpha * (b.residue / b.mass);
  Divergence d{};
  if (series) {
    // kappa = log(1 + x + drift) and D = kappa - drift. Adding the rounding-
    // sized drift inside the log and taking it off outside would cost
    // ulp(drift) of D when D is 1e-30; instead split
    // log(1 + x + drift) = log1p(x) + log1p(drift'), drift' = drift/(1 + x):
    // D = log1p(x) + (log1p(drift') - drift') - drift x / (1 + x).
    const double x = excess.value() / b.mass;
    const double scaled = drift / (1.0 + x);
    d.kappa = std::log1p(x) + std::log1p(scaled);
    d.kl = std::log1p(x) + log1pMinusIdentity(scaled) - drift * (x / (1 + x));
  } else {
    double log_shifted = std::log(shifted.value());
    if (shifted.value() < 0x1p-960) {
      // Subnormal terms (the best actions have a tiny w) carry few digits:
      // log sum w e^x as a log-sum-exp of log w + x instead.
      double top = -kInf;
      for (size_t a = 0; a < w.size(); ++a) {
        if (w[a] > 0.0) {
          top = std::max(top, std::log(w[a]) + alpha * (adv[a] - b.best));
        }
      }
      NeumaierSum rest;
      for (size_t a = 0; a < w.size(); ++a) {
        if (w[a] > 0.0) {
          rest.add(std::exp(std::log(w[a]) + alpha * (adv[a] - b.best) - top));
        }
      }
      log_shifted = top + std::log(rest.value());
    }
    d.kappa = alpha * b.top + (log_shifted - std::log(b.mass));
    d.kl = d.kappa - drift;
  }
  // An overflowed kappa is an overflowed D (drift may then be huge too).
  d.kl = d.kappa < kInf ? std::max(0.0, d.kl) : kInf;
  if (with_slope) {
    d.slope = shifted_b.value() / shifted.value() - b.residue / b.mass;
  }
  return d;
}

constexpr double kTinyNormaliser = 0x1.0p-960;

Tilt tiltAt(std::span<const double> w, std::span<const double> adv,
            const Baseline& b, double alpha) {
  NeumaierSum z;
  for (size_t a = 0; a < w.size(); ++a) {
    if (w[a] > 0.0) z.add(w[a] * std::exp(exponentOf(alpha, adv[a], b)));
  }
  const double sum = z.value();
  if (sum >= kTinyNormaliser) return {sum, std::log(sum), false};
  // log-sum-exp of x_a = log w_a + alpha (A_a - max A), shifted by its max.
  double top = -kInf;
  size_t arg = 0;
  for (size_t a = 0; a < w.size(); ++a) {
    if (w[a] == 0.0) continue;
    const double x = std::log(w[a]) + exponentOf(alpha, adv[a], b);
    if (x > top) top = x, arg = a;
  }
  NeumaierSum rest;
  for (size_t a = 0; a < w.size(); ++a) {
    if (w[a] == 0.0 || a == arg) continue;
    rest.add(std::exp(std::log(w[a]) + exponentOf(alpha, adv[a], b) - top));
  }
  return {sum, top + std::log1p(rest.value()), true};
}

}  // namespace infotheory::tilt
