// The update pi_alpha proportional to pi_old exp(alpha A) as the trust-region
// (trust_region.cpp) and PPO (ppo.cpp) kernels compute it: their input
// checks, what pi_old says about the advantages, D(pi_old || pi_alpha) and
// the update's normaliser. Internal to those kernels: not in infotheory.hpp.
#pragma once

#include <cfloat>
#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <string>

#include "result.hpp"

// Notation: w = pi_old, A the advantages, B = A - E_w[A] (centred), and
// kappa(alpha) = log E_w[exp(alpha B)], the cumulant generating function of
// B. Then pi_alpha = w exp(alpha B - kappa), log r = alpha B - kappa, and
//   D(alpha) = D(pi_old || pi_alpha) = E_w[log(w / pi_alpha)] = kappa(alpha),
// since E_w[B] = 0. kappa is convex with kappa(0) = kappa'(0) = 0 and
// kappa'' = Var_{pi_alpha}(A), so D grows from 0 for every alpha > 0 unless A
// is constant on the support of w.
//
// As alpha -> infinity, pi_alpha -> w restricted to S = argmax_support A and
// renormalised, so pi_alpha(a) -> 0 wherever w(a) > 0 and a is not in S, and
// D(pi_old || pi_alpha) ~ alpha (max A - E_w[A]) + log w(S) -> infinity.
// (The finite limit -log w(S) belongs to the other direction,
// D(pi_alpha || pi_old).) So the forward divergence leaves every budget
// unless A is constant on the support, and only then is no step too large.

namespace infotheory::tilt {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

// " (a and b)", for messages about two lengths.
std::string lengths(size_t a, size_t b);

// pi_old a distribution, advantages finite, one per action, and their spread
// on pi_old's support a finite double.
std::optional<InputError> checkPolicy(std::span<const double> pi_old,
                                      std::span<const double> advantages);

// alpha finite and >= 0 ("alpha = -1 is negative; a step size must be >= 0").
std::optional<InputError> checkStep(double alpha, const std::string& name);

// checkStep for every alpha, named alphas[i].
std::optional<InputError> checkSteps(std::span<const double> alphas);

// What pi_old says about the advantages, over its support.
struct Baseline {
  double mass;      // sum w: 1 within kSumTolerance; w is used as w / mass
  double mean;      // E_w[A]
  double anchor;    // A of the action with the largest w
  double offset;    // mean - anchor, from the differences A - anchor
  double residue;   // sum w B: 0 but for rounding, carried so the identities
                    // above hold for the B actually computed
  double best;      // max A
  double top;       // max B = best - mean, >= 0 up to rounding
  double variance;  // Var_w(A)
  bool flat;  // A constant on the support: pi_alpha = pi_old for all alpha
};

// B = A - E_w[A], as (A - anchor) - offset.
inline double centredOf(double advantage, const Baseline& b) {
  return b.flat ? 0.0 : (advantage - b.anchor) - b.offset;
}

// The Baseline of w = pi_old and the advantages (checked by checkPolicy).
Baseline baselineOf(std::span<const double> w, std::span<const double> adv);

// Beyond this alpha * max B, exp(alpha B) could overflow a sum of 10^7 terms
// (e^500 * 1e7 ~ 1e224), and divergenceAt's shifted form is used instead.
inline constexpr double kSeriesLimit = 500.0;

struct Divergence {
  double kl;     // D(alpha) = kappa(alpha) - alpha residue / mass, >= 0
  double kappa;  // log E_w[exp(alpha B)]: log r = alpha B - kappa
  double slope;  // D'(alpha) = E_{pi_alpha}[A] - E_w[A], if asked for
};

// D(alpha) to a few ulps relative, also as alpha -> 0 where D ~ alpha^2 Var/2.
// While alpha max B <= kSeriesLimit, with x = E_w[expm1(alpha B) - alpha B]
// (a sum of terms >= 0: no cancellation),
//   kappa = log(E_w[1 + alpha B + (expm1(alpha B) - alpha B)])
//         = log(1 + drift + x),  drift = alpha residue / mass.
// Beyond, kappa = alpha max B + log(E_w[exp(alpha (A - max A))]), where
// D >= alpha max B + log w(argmax A) is in the hundreds (unless pi_old gives
// the best actions less than ~e^-400), so the subtraction costs little.
Divergence divergenceAt(std::span<const double> w, std::span<const double> adv,
                        const Baseline& b, double alpha, bool with_slope);

// The normaliser of pi_alpha(a) = w(a) exp(alpha (A(a) - max A)) / z. The
// product keeps w's bits (no log w to round); only where it underflows, or
// z itself is near the subnormal range (w tiny on the best actions), is
// pi_alpha(a) taken from logs, exp(log w + alpha (A - max A) - log z).
struct Tilt {
  double z;
  double log_z;
  bool logs_only;
};

inline double exponentOf(double alpha, double advantage, const Baseline& b) {
  return alpha == 0.0 ? 0.0 : alpha * (advantage - b.best);
}

// pi_alpha's normaliser.
Tilt tiltAt(std::span<const double> w, std::span<const double> adv,
            const Baseline& b, double alpha);

// pi_alpha(a) for one action of weight w = pi_old(a).
inline double tilted(double w, double advantage, const Baseline& b,
                     double alpha, const Tilt& t) {
  if (w == 0.0) return 0.0;
  const double exponent = exponentOf(alpha, advantage, b);
  if (!t.logs_only) {
    const double product = w * std::exp(exponent);
    // At alpha = 0 the product is w itself, exact even when subnormal.
    if (product >= DBL_MIN || exponent == 0.0) return product / t.z;
  }
  return std::exp(std::log(w) + exponent - t.log_z);
}

// r(a) = pi_alpha(a) / (w(a) / mass); exactly 1 at alpha = 0. May overflow
// to +infinity for a w(a) near the subnormal range: it is only compared.
inline double ratio(double advantage, const Baseline& b, double alpha,
                    const Tilt& t) {
  const double exponent = exponentOf(alpha, advantage, b);
  if (!t.logs_only) return std::exp(exponent) * (b.mass / t.z);
  return std::exp(exponent - t.log_z + std::log(b.mass));
}

}  // namespace infotheory::tilt
