// The trust-region update, PPO's surrogate and the KL estimators
// (trust_region.hpp).
//
// Invariants, for a pi_old that checkDistribution accepts, finite
// advantages of the same length whose spread on pi_old's support is finite,
// and finite alpha >= 0:
//   policyUpdate: a distribution checkDistribution accepts, 0 where pi_old
//   is 0, pi_old / sum at alpha = 0, and each entry within the conditioning
//   of exp(alpha (A - max A)) of a long-double reference
//   klAlongUpdate: D >= +0, exactly 0 at alpha = 0 and for advantages
//   constant on the support, never decreasing in alpha, and within a few
//   ulps (times that conditioning) of a long-double reference
//   maxStepWithinBudget: D(alpha* (1 - 1e-11)) <= delta <= D(alpha* (1 +
//   1e-11)) (D is convex with D(0) = 0, so 1e-11 relative in alpha moves D
//   by at least 1e-11 relative, far above its rounding); +inf exactly when
//   the advantages are constant on the support (or delta is out of reach)
//   ppoSurrogate: clipped <= unclipped, penalized = clipped - beta D bit for
//   bit, clipped = unclipped at alpha = 0, unclipped >= E_old[A] (tilting
//   towards better actions cannot lower the expected advantage)
//   klEstimators: exact = klAlongUpdate bit for bit, k3 mean >= 0, standard
//   errors >= 0, nothing NaN, the same for the same seed
// and anything else is refused with a message.

#include <algorithm>

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;
using fuzz::kTiny;

std::vector<double> advantages(fuzz::Bytes& in, size_t n) {
  const uint8_t kind = in.byte();
  if (kind % 32 == 0 && n > 0) --n;  // one too few
  if (kind % 32 == 1) ++n;           // one too many
  std::vector<double> a(n);
  switch (kind % 8) {
    case 0:
    case 1:
    case 2:
      for (double& x : a) x = fuzz::between(in, -10.0, 10.0);
      break;
    case 3:  // whole numbers: ties, flat stretches
      for (double& x : a) x = static_cast<double>(in.byte() % 5) - 2.0;
      break;
    case 4: {  // all the same
      const double c = fuzz::anyDouble(in);
      for (double& x : a) x = c;
      break;
    }
    case 5:  // large and close together
      for (double& x : a) x = 1e6 + fuzz::between(in, -1e-3, 1e-3);
      break;
    default:
      for (double& x : a) x = fuzz::anyDouble(in, 100.0);
      break;
  }
  return a;
}

double step(fuzz::Bytes& in) {
  switch (in.byte() % 8) {
    case 0:
      return 0.0;
    case 1:
    case 2:
    case 3:
      return fuzz::logUniform(in, -4.0, 2.0);
    case 4:
      return fuzz::logUniform(in, -20.0, 4.0);
    default:
      return fuzz::anyDouble(in, 100.0);
  }
}

struct Policy {
  std::vector<double> w, a;
  fuzz::Verdict verdict;
  bool flat = true;  // A constant on the support
  double best = -fuzz::kInf, lowest = fuzz::kInf;
  long double mass = 0.0L, mean = 0.0L;  // sum w, E_{w / mass}[A]
};

Policy policy(fuzz::Bytes& in) {
  Policy p;
  p.w = fuzz::distribution(in);
  p.a = advantages(in, p.w.size());
  p.verdict = fuzz::distributionVerdict(p.w);
  if (p.a.size() != p.w.size() || p.a.empty() || !fuzz::finiteAll(p.a)) {
    p.verdict = fuzz::Verdict::kInvalid;
    return p;
  }
  if (p.verdict == fuzz::Verdict::kInvalid) return p;
  long double weighted = 0.0L;
  for (size_t i = 0; i < p.w.size(); ++i) {
    if (p.w[i] == 0.0) continue;
    p.best = std::max(p.best, p.a[i]);
    p.lowest = std::min(p.lowest, p.a[i]);
    p.mass += p.w[i];
    weighted += static_cast<long double>(p.w[i]) * p.a[i];
  }
  p.flat = p.best == p.lowest;
  p.mean = weighted / p.mass;
  if (!std::isfinite(p.best - p.lowest)) p.verdict = fuzz::Verdict::kInvalid;
  return p;
}

std::string describe(const Policy& p) {
  return fuzz::show(p.w) + " A " + fuzz::show(p.a);
}

// D(pi_old || pi_alpha) = log E[e^{alpha B}] (B = A - mean, E over w / mass)
// in long double: log1p(E[expm1(alpha B) - alpha B]) while alpha B is
// moderate (no cancellation as alpha -> 0), else shifted by max A.
long double referenceKl(const Policy& p, double alpha) {
  if (p.flat || alpha == 0.0) return 0.0L;
  // B = (A - anchor) - offset, anchor the advantage of the heaviest action,
  // offset = E[A - anchor] (differences exact in long double where it
  // matters): no mean rounded to A's ulp, which alpha would multiply, and
  // B accurate where most of the mass is.
  const size_t heaviest = static_cast<size_t>(
      std::max_element(p.w.begin(), p.w.end()) - p.w.begin());
  const long double anchor = p.a[heaviest];
  long double offset = 0.0L;
  for (size_t i = 0; i < p.w.size(); ++i) {
    if (p.w[i] > 0.0) offset += p.w[i] * (p.a[i] - anchor);
  }
  offset /= p.mass;
  const long double top = alpha * ((p.best - anchor) - offset);  // alpha max B
  if (top <= 1000.0L) {
    // The rounding of offset shifts B by some c: then E[e^{alpha B}] =
    // 1 + drift + x, drift = alpha E[B] = alpha c, and D = log(1 + drift + x)
    // - drift exactly, whatever c. Split as the kernel does, so that no term
    // carries an ulp of the drift: D = log1p(x) + (log1p(s) - s) -
    // drift x / (1 + x), s = drift / (1 + x).
    long double x = 0.0L, drift = 0.0L;
    for (size_t i = 0; i < p.w.size(); ++i) {
      if (p.w[i] == 0.0) continue;
      const long double b = (p.a[i] - anchor) - offset;
      x += p.w[i] * fuzz::referenceExpm1MinusIdentity(alpha * b);
      drift += p.w[i] * (alpha * b);
    }
    x /= p.mass;
    drift /= p.mass;
    const long double s = drift / (1.0L + x);
    const long double log1p_minus =
        std::fabs(s) < 1e-4L ? s * s * (-0.5L + s * (1.0L / 3 - s / 4))
                             : std::log1p(s) - s;
    return std::log1p(x) + log1p_minus - drift * (x / (1.0L + x));
  }
  long double shifted = 0.0L;
  for (size_t i = 0; i < p.w.size(); ++i) {
    if (p.w[i] > 0.0)
      shifted += p.w[i] *
                 std::exp(alpha * (p.a[i] - static_cast<long double>(p.best)));
  }
  return top + std::log(shifted / p.mass);
}

// How far the kernel's D may be from the reference. Each alpha B_a carries
// ~3 roundings (A - best, minus the offset, times alpha), which
// expm1(u) - u amplifies by up to max(2, |u|): (16 + 4 alpha max|B|) eps
// relative. Beyond the series (alpha max B > 500) D = alpha max B + log(...)
// - drift adds roundings of numbers as large as alpha (max A - min A).
double klTolerance(const Policy& p, double alpha, double d) {
  const double spread = alpha * (p.best - p.lowest);
  const double relative = (16.0 + 4.0 * std::min(spread, 1e6)) * kEps;
  const double absolute = spread > 500.0 ? 16 * kEps * spread : 0.0;
  // A D in the subnormal range (alpha ~ 1e-159) carries absolute, not
  // relative, error: each action's term w (e^x - 1 - x) and its product are
  // rounded to a multiple of DBL_TRUE_MIN, so up to about one per action.
  const double subnormal = (4.0 + 2.0 * static_cast<double>(p.w.size())) * kTiny;
  return relative * d + absolute + subnormal;
}

void checkUpdate(const Policy& p, double alpha, fuzz::Bytes& in) {
  const size_t size = in.byte() % 16 == 0 ? p.w.size() + 1 : p.w.size();
  std::vector<double> out(size);
  const std::string input = describe(p) + " alpha " + fuzz::show(alpha);
  const auto problem = policyUpdate(p.w, p.a, alpha, out);
  const bool others =
      std::isfinite(alpha) && alpha >= 0.0 && size == p.w.size();
  if (p.verdict == fuzz::Verdict::kInvalid || !others) {
    if (p.verdict != fuzz::Verdict::kEither)
      fuzz::expectRefused(problem, "policyUpdate", input);
    return;
  }
  if (p.verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(problem, "policyUpdate", input);
  if (problem) return;
  fuzz::expectDistribution(out, "policyUpdate", input);
  // The reference: w e^{alpha (A - max A)} normalised, in long double.
  std::vector<long double> weight(p.w.size());
  long double z = 0.0L, spread = 0.0L;
  for (size_t i = 0; i < p.w.size(); ++i) {
    if (p.w[i] == 0.0) continue;
    weight[i] =
        p.w[i] * std::exp(alpha * (p.a[i] - static_cast<long double>(p.best)));
    z += weight[i];
  }
  for (size_t i = 0; i < p.w.size(); ++i) {
    if (p.w[i] > 0.0)
      spread += weight[i] / z *
                std::fabs(alpha * (p.a[i] - static_cast<long double>(p.best)));
  }
  for (size_t i = 0; i < p.w.size(); ++i) {
    if (p.w[i] == 0.0) {
      FUZZ_CHECK(out[i] == 0.0, "out[%zu] = %g where pi_old = 0: %s", i, out[i],
                 input.c_str());
      continue;
    }
    const double want = static_cast<double>(weight[i] / z);
    const double x = static_cast<double>(
        std::fabs(alpha * (p.a[i] - static_cast<long double>(p.best))));
    // exp(alpha (A - max A)) of an exponent off by ~eps |x|, one product, a
    // compensated normaliser off by the weighted mean of the same: (8 + 2|x|
    // + 2 E|x|) eps. Where w e^x is below DBL_MIN or the normaliser tiny the
    // kernel goes through logs: 2 eps (|log w| + |log z|) more.
    double relative = (8.0 + 2.0 * std::min(x, 1e6) +
                       2.0 * std::min(static_cast<double>(spread), 1e6)) *
                      kEps;
    const long double lz = std::log(z);
    if (weight[i] < 4 * DBL_MIN || z < 0x1p-900L) {
      relative +=
          2 * kEps *
          (std::fabs(std::log(p.w[i])) + std::fabs(static_cast<double>(lz)));
    }
    FUZZ_CHECK(fuzz::near(out[i], want, relative * want + 4 * kTiny),
               "pi_alpha[%zu] = %s, reference %s: %s", i,
               fuzz::show(out[i]).c_str(), fuzz::show(want).c_str(),
               input.c_str());
    if (alpha == 0.0) {
      const double old = static_cast<double>(p.w[i] / p.mass);
      FUZZ_CHECK(fuzz::near(out[i], old, 2 * kEps * old + kTiny),
                 "alpha = 0 changed pi[%zu]: %s, want %s: %s", i,
                 fuzz::show(out[i]).c_str(), fuzz::show(old).c_str(),
                 input.c_str());
    }
  }
}

void checkKlPath(const Policy& p, fuzz::Bytes& in) {
  std::vector<double> alphas(in.byte() % 6);
  for (double& a : alphas) a = step(in);
  if (in.byte() % 4 != 0) std::sort(alphas.begin(), alphas.end());
  const size_t size = in.byte() % 16 == 0 ? alphas.size() + 1 : alphas.size();
  std::vector<double> out(size), out_bits(size);
  const std::string input = describe(p) + " alphas " + fuzz::show(alphas);
  bool others = !alphas.empty() && size == alphas.size();
  for (double a : alphas) others = others && std::isfinite(a) && a >= 0.0;
  const auto problem = klAlongUpdate(p.w, p.a, alphas, Units::kNats, out);
  if (p.verdict == fuzz::Verdict::kInvalid || !others) {
    if (p.verdict != fuzz::Verdict::kEither)
      fuzz::expectRefused(problem, "klAlongUpdate", input);
    return;
  }
  if (p.verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(problem, "klAlongUpdate", input);
  if (problem) return;
  FUZZ_CHECK(!klAlongUpdate(p.w, p.a, alphas, Units::kBits, out_bits),
             "bits: %s", input.c_str());
  for (size_t i = 0; i < alphas.size(); ++i) {
    const double d = out[i];
    FUZZ_CHECK(
        d >= 0.0 && !std::signbit(d) && out_bits[i] == inUnits(d, Units::kBits),
        "D(%g) = %s: %s", alphas[i], fuzz::show(d).c_str(), input.c_str());
    if (alphas[i] == 0.0 || p.flat) {
      FUZZ_CHECK(d == 0.0, "D = %s, not 0, at alpha %g (flat %d): %s",
                 fuzz::show(d).c_str(), alphas[i], p.flat, input.c_str());
    }
    const long double want_ld = referenceKl(p, alphas[i]);
    const double want =
        want_ld > DBL_MAX ? fuzz::kInf : static_cast<double>(want_ld);
    FUZZ_CHECK(fuzz::near(d, want, klTolerance(p, alphas[i], want)),
               "D(%a) = %s, reference %s: %s", alphas[i], fuzz::show(d).c_str(),
               fuzz::show(want).c_str(), input.c_str());
    if (i > 0 && alphas[i - 1] <= alphas[i]) {
      FUZZ_CHECK(out[i - 1] <= d + klTolerance(p, alphas[i], d),
                 "D fell from %s to %s as alpha rose from %a to %a: %s",
                 fuzz::show(out[i - 1]).c_str(), fuzz::show(d).c_str(),
                 alphas[i - 1], alphas[i], input.c_str());
    }
  }
}

double klAt(const Policy& p, double alpha) {
  double d = 0.0;
  const double alphas[1] = {alpha};
  FUZZ_CHECK(!klAlongUpdate(p.w, p.a, alphas, Units::kNats, std::span(&d, 1)),
             "klAlongUpdate refused alpha %a", alpha);
  return d;
}

void checkMaxStep(const Policy& p, fuzz::Bytes& in) {
  const double delta = in.byte() % 4 == 0 ? fuzz::anyDouble(in, 10.0)
                                          : fuzz::logUniform(in, -8.0, 2.0);
  const bool bits = in.byte() & 1;
  const std::string input = describe(p) + " delta " + fuzz::show(delta);
  const auto r =
      maxStepWithinBudget(p.w, p.a, delta, bits ? Units::kBits : Units::kNats);
  if (p.verdict == fuzz::Verdict::kInvalid ||
      !(std::isfinite(delta) && delta > 0.0)) {
    if (p.verdict != fuzz::Verdict::kEither)
      fuzz::expectRefused(r, "maxStepWithinBudget", input);
    return;
  }
  if (p.verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(r, "maxStepWithinBudget", input);
  if (!r.ok()) return;
  const double alpha = r.value();
  const double budget = bits ? delta / kLog2E : delta;
  FUZZ_CHECK(alpha >= 0.0 && !std::isnan(alpha), "alpha* = %s: %s",
             fuzz::show(alpha).c_str(), input.c_str());
  if (p.flat) {
    FUZZ_CHECK(alpha == fuzz::kInf, "flat advantages, alpha* = %s: %s",
               fuzz::show(alpha).c_str(), input.c_str());
    return;
  }
  if (alpha == fuzz::kInf) {  // only if no double step reaches the budget
    FUZZ_CHECK(klAt(p, DBL_MAX) <= budget,
               "alpha* = inf but D(DBL_MAX) = %s > %s: %s",
               fuzz::show(klAt(p, DBL_MAX)).c_str(), fuzz::show(budget).c_str(),
               input.c_str());
    return;
  }
  // D near the subnormal range has no relative accuracy left to test; nor
  // has it, beyond the series, where pi_old gives the best actions less
  // than e^-400 (trust_region.cpp says so): D is then the difference of two
  // numbers in the hundreds, and the root of such a D is not resolved.
  if (budget < 1e-290 || alpha < 1e-290)
    return;  // (subnormal alpha: no 1e-11 steps)
  long double best_mass = 0.0L;
  for (size_t i = 0; i < p.w.size(); ++i)
    best_mass += p.a[i] == p.best ? p.w[i] : 0.0;
  if (best_mass / p.mass < 1e-173L) return;  // e^-400 = 1.9e-174
  const double below = alpha * (1 - 1e-11), above = alpha * (1 + 1e-11);
  // Beyond the series D is accurate to an ulp of alpha max B, not relative
  // (trust_region.cpp: the best actions may have a w below e^-400): where
  // that is above 1e-12 of the budget, the crossing cannot be resolved.
  if (klTolerance(p, above, 0.0) > 1e-12 * budget) return;
  if (alpha > 0.0) {
    FUZZ_CHECK(klAt(p, below) <= budget,
               "D(alpha* (1 - 1e-11)) = %s > delta %s (alpha* %a): %s",
               fuzz::show(klAt(p, below)).c_str(), fuzz::show(budget).c_str(),
               alpha, input.c_str());
  }
  // alpha* = 0: the root is below the smallest double (documented).
  if (alpha > 0.0 && std::isfinite(above)) {
    FUZZ_CHECK(klAt(p, above) >= budget,
               "D(alpha* (1 + 1e-11)) = %s < delta %s (alpha* %a): %s",
               fuzz::show(klAt(p, above)).c_str(), fuzz::show(budget).c_str(),
               alpha, input.c_str());
  }
}

void checkPpo(const Policy& p, fuzz::Bytes& in) {
  const double epsilon = in.byte() % 4 == 0 ? fuzz::anyDouble(in, 1.0)
                                            : fuzz::between(in, 0.01, 0.5);
  const double beta = in.byte() % 4 == 0 ? fuzz::anyDouble(in, 10.0)
                                         : fuzz::between(in, 0.0, 10.0);
  std::vector<double> alphas(in.byte() % 5);
  for (double& a : alphas) a = step(in);
  const size_t size = in.byte() % 16 == 0 ? alphas.size() + 1 : alphas.size();
  std::vector<double> unclipped(size), clipped(alphas.size()),
      penalized(alphas.size());
  const std::string input =
      describe(p) + fuzz::format(" epsilon %a beta %a alphas ", epsilon, beta) +
      fuzz::show(alphas);
  bool others = !alphas.empty() && size == alphas.size() &&
                std::isfinite(epsilon) && epsilon > 0.0 && epsilon < 1.0 &&
                std::isfinite(beta) && beta >= 0.0;
  for (double a : alphas) others = others && std::isfinite(a) && a >= 0.0;
  const auto problem = ppoSurrogate(p.w, p.a, epsilon, beta, alphas, unclipped,
                                    clipped, penalized);
  if (p.verdict == fuzz::Verdict::kInvalid || !others) {
    if (p.verdict != fuzz::Verdict::kEither)
      fuzz::expectRefused(problem, "ppoSurrogate", input);
    return;
  }
  if (p.verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(problem, "ppoSurrogate", input);
  if (problem) return;
  long double magnitude = 0.0L;  // E_old |A|
  for (size_t i = 0; i < p.w.size(); ++i)
    magnitude += p.w[i] * std::fabs(p.a[i]) / p.mass;
  for (size_t i = 0; i < alphas.size(); ++i) {
    const double kl = klAt(p, alphas[i]);
    FUZZ_CHECK(!std::isnan(unclipped[i]) && !std::isnan(clipped[i]) &&
                   !std::isnan(penalized[i]),
               "NaN at alpha %a: %s", alphas[i], input.c_str());
    FUZZ_CHECK(clipped[i] <= unclipped[i],
               "clipped %s > unclipped %s at alpha %a: %s",
               fuzz::show(clipped[i]).c_str(), fuzz::show(unclipped[i]).c_str(),
               alphas[i], input.c_str());
    // clipped - beta D; beta = 0 is no penalty even where D = inf, and an
    // infinite penalty gives -inf even where clipped rounded up to +inf.
    const double penalty = beta == 0.0 ? 0.0 : beta * kl;
    const double want =
        penalty == fuzz::kInf ? -fuzz::kInf : clipped[i] - penalty;
    FUZZ_CHECK(penalized[i] == want, "penalized %s != clipped - beta D %s: %s",
               fuzz::show(penalized[i]).c_str(), fuzz::show(want).c_str(),
               input.c_str());
    if (alphas[i] == 0.0) {
      FUZZ_CHECK(clipped[i] == unclipped[i], "alpha = 0 clipped something: %s",
                 input.c_str());
    }
    // E_{pi_alpha}[A] >= E_old[A]: its derivative in alpha is a variance.
    // Both are sums of pi A with pi off by the update's tolerance (at most
    // ~(8 + 4 alpha spread) eps relative) and w A off by 2 eps.
    const double spread = std::min(alphas[i] * (p.best - p.lowest), 1e6);
    const double scale =
        std::max(static_cast<double>(magnitude), p.best - p.lowest);
    const double tolerance = (16.0 + 4.0 * spread) * kEps * scale +
                             4 * kTiny * p.w.size();  // + subnormal products
    FUZZ_CHECK(unclipped[i] >= static_cast<double>(p.mean) - tolerance,
               "unclipped surrogate %s below E_old[A] %s at alpha %a: %s",
               fuzz::show(unclipped[i]).c_str(),
               fuzz::show(static_cast<double>(p.mean)).c_str(), alphas[i],
               input.c_str());
  }
}

void checkEstimators(const Policy& p, fuzz::Bytes& in) {
  const double alpha = step(in);
  const uint8_t b = in.byte();
  const uint64_t n = b < 240 ? b % 200 : (b < 250 ? kMaxDraws + 1 : in.u64());
  const uint64_t seed = in.u64();
  const std::string input =
      describe(p) + fuzz::format(" alpha %a n %llu seed %llu", alpha,
                                 static_cast<unsigned long long>(n),
                                 static_cast<unsigned long long>(seed));
  const auto r = klEstimators(p.w, p.a, alpha, n, seed);
  const bool others =
      std::isfinite(alpha) && alpha >= 0.0 && n >= 2 && n <= kMaxDraws;
  if (p.verdict == fuzz::Verdict::kInvalid || !others) {
    if (p.verdict != fuzz::Verdict::kEither)
      fuzz::expectRefused(r, "klEstimators", input);
    return;
  }
  if (p.verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(r, "klEstimators", input);
  if (!r.ok()) return;
  const KlEstimates& e = r.value();
  FUZZ_CHECK(e.exact == klAt(p, alpha), "exact %s != klAlongUpdate: %s",
             fuzz::show(e.exact).c_str(), input.c_str());
  FUZZ_CHECK(!std::isnan(e.k1Mean) && !std::isnan(e.k1StdError) &&
                 !std::isnan(e.k3Mean) && !std::isnan(e.k3StdError),
             "NaN estimate: k1 %g +- %g, k3 %g +- %g: %s", e.k1Mean,
             e.k1StdError, e.k3Mean, e.k3StdError, input.c_str());
  FUZZ_CHECK(e.k3Mean >= 0.0 && e.k1StdError >= 0.0 && e.k3StdError >= 0.0,
             "k3 mean %g, standard errors %g %g: %s", e.k3Mean, e.k1StdError,
             e.k3StdError, input.c_str());
  const auto again = klEstimators(p.w, p.a, alpha, n, seed);
  FUZZ_CHECK(
      again.value().k1Mean == e.k1Mean && again.value().k3Mean == e.k3Mean,
      "the same seed gave other estimates: %s", input.c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const uint8_t op = in.byte();
  const Policy p = policy(in);
  switch (op % 5) {
    case 0:
      checkUpdate(p, step(in), in);
      break;
    case 1:
      checkKlPath(p, in);
      break;
    case 2:
      checkMaxStep(p, in);
      break;
    case 3:
      checkPpo(p, in);
      break;
    default:
      checkEstimators(p, in);
      break;
  }
  return 0;
}
