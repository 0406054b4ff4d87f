#include "trust_region.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "sampling.hpp"
#include "stable_log.hpp"
#include "summation.hpp"
#include "validate.hpp"

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

namespace infotheory {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

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
double centredOf(double advantage, const Baseline& b) {
  return b.flat ? 0.0 : (advantage - b.anchor) - b.offset;
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

// Beyond this alpha * max B, exp(alpha B) could overflow a sum of 10^7 terms
// (e^500 * 1e7 ~ 1e224), and the shifted form below is used instead.
constexpr double kSeriesLimit = 500.0;

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

// The normaliser of pi_alpha(a) = w(a) exp(alpha (A(a) - max A)) / z. The
// product keeps w's bits (no log w to round); only where it underflows, or
// z itself is near the subnormal range (w tiny on the best actions), is
// pi_alpha(a) taken from logs, exp(log w + alpha (A - max A) - log z).
struct Tilt {
  double z;
  double log_z;
  bool logs_only;
};

constexpr double kTinyNormaliser = 0x1.0p-960;

double exponentOf(double alpha, double advantage, const Baseline& b) {
  return alpha == 0.0 ? 0.0 : alpha * (advantage - b.best);
}

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

double tilted(double w, double advantage, const Baseline& b, double alpha,
              const Tilt& t) {
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
double ratio(double advantage, const Baseline& b, double alpha, const Tilt& t) {
  const double exponent = exponentOf(alpha, advantage, b);
  if (!t.logs_only) return std::exp(exponent) * (b.mass / t.z);
  return std::exp(exponent - t.log_z + std::log(b.mass));
}

}  // namespace

std::optional<InputError> policyUpdate(std::span<const double> piOld,
                                       std::span<const double> advantages,
                                       double alpha, std::span<double> out) {
  if (auto problem = checkPolicy(piOld, advantages)) return problem;
  if (auto problem = checkStep(alpha, "alpha")) return problem;
  if (out.size() != piOld.size()) {
    return InputError{"out and piOld have different lengths" +
                      lengths(out.size(), piOld.size())};
  }
  const Baseline b = baselineOf(piOld, advantages);
  const Tilt t = tiltAt(piOld, advantages, b, alpha);
  for (size_t a = 0; a < piOld.size(); ++a) {
    out[a] = tilted(piOld[a], advantages[a], b, alpha, t);
  }
  return std::nullopt;
}

std::optional<InputError> klAlongUpdate(std::span<const double> piOld,
                                        std::span<const double> advantages,
                                        std::span<const double> alphas,
                                        Units units, std::span<double> out) {
  if (auto problem = checkPolicy(piOld, advantages)) return problem;
  if (auto problem = checkSteps(alphas)) return problem;
  if (out.size() != alphas.size()) {
    return InputError{"out and alphas have different lengths" +
                      lengths(out.size(), alphas.size())};
  }
  const Baseline b = baselineOf(piOld, advantages);
  for (size_t i = 0; i < alphas.size(); ++i) {
    const double kl = divergenceAt(piOld, advantages, b, alphas[i], false).kl;
    out[i] = inUnits(kl, units);
  }
  return std::nullopt;
}

Result<double> maxStepWithinBudget(std::span<const double> piOld,
                                   std::span<const double> advantages,
                                   double delta, Units units) {
  if (auto problem = checkPolicy(piOld, advantages)) return *problem;
  if (auto problem = checkPositive(delta, "delta")) return *problem;
  const Baseline b = baselineOf(piOld, advantages);
  if (b.flat) return kInf;  // D = 0 for every alpha (see the top of the file)
  const double budget = units == Units::kBits ? delta / kLog2E : delta;
  const auto excess = [&](double alpha) {
    return divergenceAt(piOld, advantages, b, alpha, false).kl - budget;
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
    const Divergence d = divergenceAt(piOld, advantages, b, x, true);
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

std::optional<InputError> ppoSurrogate(std::span<const double> piOld,
                                       std::span<const double> advantages,
                                       double epsilon, double beta,
                                       std::span<const double> alphas,
                                       std::span<double> unclipped,
                                       std::span<double> clipped,
                                       std::span<double> penalized) {
  if (auto problem = checkPolicy(piOld, advantages)) return problem;
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
  if (auto problem = checkSteps(alphas)) return problem;
  for (const auto& [name, span] :
       {std::pair{"unclipped", unclipped}, std::pair{"clipped", clipped},
        std::pair{"penalized", penalized}}) {
    if (span.size() != alphas.size()) {
      return InputError{std::string(name) +
                        " and alphas have different lengths" +
                        lengths(span.size(), alphas.size())};
    }
  }
  const Baseline b = baselineOf(piOld, advantages);
  const double below = 1.0 - epsilon, above = 1.0 + epsilon;
  for (size_t i = 0; i < alphas.size(); ++i) {
    const double alpha = alphas[i];
    const Tilt t = tiltAt(piOld, advantages, b, alpha);
    // clipped = unclipped - sum of (unclipped term - clipped term), each
    // difference >= 0, so clipped <= unclipped holds after rounding too.
    NeumaierSum plain, cut, kept;
    for (size_t a = 0; a < piOld.size(); ++a) {
      if (piOld[a] == 0.0) continue;
      const double adv = advantages[a];
      const double term = tilted(piOld[a], adv, b, alpha, t) * adv;
      const double r = ratio(adv, b, alpha, t);
      double capped = term;  // r inside [1 - eps, 1 + eps]: nothing to clip
      if (r > above) capped = piOld[a] / b.mass * above * adv;
      if (r < below) capped = piOld[a] / b.mass * below * adv;
      plain.add(term);
      cut.add(term - std::min(term, capped));
      kept.add(std::min(term, capped));
    }
    const double kl = divergenceAt(piOld, advantages, b, alpha, false).kl;
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
  if (auto problem = checkPolicy(piOld, advantages)) return *problem;
  if (auto problem = checkStep(alpha, "alpha")) return *problem;
  if (n < 2 || n > kMaxDraws) {
    return InputError{"n = " + std::to_string(n) + " is outside [2, " +
                      std::to_string(kMaxDraws) + "]"};
  }
  // Both estimators depend on a draw only through its action, so n draws
  // are summarised by their counts: the same draws as sampleCounts with this
  // seed, in O(n log K + K) instead of n logarithms.
  std::vector<double> counts(piOld.size());
  if (auto problem = sampleCounts(piOld, n, seed, counts)) return *problem;
  const Baseline b = baselineOf(piOld, advantages);
  const Divergence d = divergenceAt(piOld, advantages, b, alpha, false);
  // Beyond the series, alpha B and kappa are both near alpha max B and may
  // overflow together (infinity - infinity): there log r comes from the
  // update's own normaliser, alpha (A - max A) - log(z / mass).
  const bool shifted = !b.flat && alpha * b.top > kSeriesLimit;
  const double log_normaliser =
      shifted ? tiltAt(piOld, advantages, b, alpha).log_z - std::log(b.mass)
              : 0.0;
  const auto logRatio = [&](size_t a) {
    if (b.flat || alpha == 0.0) return 0.0;
    if (shifted) return exponentOf(alpha, advantages[a], b) - log_normaliser;
    return alpha * centredOf(advantages[a], b) - d.kappa;
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
