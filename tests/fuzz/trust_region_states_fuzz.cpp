// The trust region over several states (trust_region_states.hpp), checked
// against the one-state kernels (trust_region.hpp) as the oracle.
//
// Invariants, for 1..4 states, each a pi_old and advantages, and weights rho:
//   every call accepts exactly when each state is accepted by klAlongUpdate
//   and rho is a distribution over the states (either way at the edge of the
//   sum tolerance); anything else is refused with a message
//   expectedKlAlongUpdate: exactly 0 at alpha = 0, >= 0, and the weighted sum
//   of each state's klAlongUpdate (to 1e-13 relative)
//   klPerState: each state's D bit for bit as klAlongUpdate, share = rho D
//   maxStepWithinExpectedBudget: E D(alpha* (1 - 1e-9)) <= delta <=
//   E D(alpha* (1 + 1e-9)) when alpha* is finite and positive
//   importanceWeightsAt: nothing NaN, E[r^2] >= 1, the largest r >= 1, the
//   share of samples that count in [0, 1], expectedKl as above

#include <algorithm>

#include "fuzz.hpp"

namespace {

using namespace infotheory;

std::vector<double> advantagesFor(fuzz::Bytes& in, size_t n) {
  const uint8_t kind = in.byte();
  if (kind % 32 == 0 && n > 0) --n;  // one too few
  std::vector<double> a(n);
  switch (kind % 4) {
    case 0:
    case 1:
      for (double& x : a) x = fuzz::between(in, -10.0, 10.0);
      break;
    case 2:  // ties
      for (double& x : a) x = static_cast<double>(in.byte() % 3) - 1.0;
      break;
    default:
      for (double& x : a) x = fuzz::anyDouble(in, 100.0);
      break;
  }
  return a;
}

struct Batch {
  std::vector<double> w, a, sizes, rho;
  std::vector<std::vector<double>> ws, as;
  fuzz::Verdict verdict = fuzz::Verdict::kValid;
  std::string input;
};

Batch batch(fuzz::Bytes& in) {
  Batch b;
  const size_t states = 1 + in.byte() % 4;
  for (size_t s = 0; s < states; ++s) {
    auto w = fuzz::distribution(in);
    auto a = advantagesFor(in, w.size());
    std::vector<double> zero{0.0}, out(1);
    if (klAlongUpdate(w, a, zero, Units::kNats, out)) {
      b.verdict = fuzz::Verdict::kInvalid;
    } else if (fuzz::distributionVerdict(w) == fuzz::Verdict::kEither) {
      b.verdict = fuzz::both(b.verdict, fuzz::Verdict::kEither);
    }
    b.w.insert(b.w.end(), w.begin(), w.end());
    b.a.insert(b.a.end(), a.begin(), a.end());
    // Unequal lengths are refused by both kernels; sizes follow pi_old.
    b.sizes.push_back(static_cast<double>(w.size()));
    if (a.size() != w.size()) b.verdict = fuzz::Verdict::kInvalid;
    b.input += "state " + fuzz::show(w) + " A " + fuzz::show(a) + "; ";
    b.ws.push_back(std::move(w));
    b.as.push_back(std::move(a));
  }
  b.rho = in.byte() % 16 == 0 ? fuzz::distribution(in)
                              : fuzz::validDistribution(in, states);
  b.verdict = b.rho.size() != states
                  ? fuzz::Verdict::kInvalid
                  : fuzz::both(b.verdict, fuzz::distributionVerdict(b.rho));
  b.input += "rho " + fuzz::show(b.rho);
  return b;
}

// Each state's D at alpha, from the one-state kernel.
std::vector<double> oneByOne(const Batch& b, double alpha) {
  std::vector<double> d;
  const std::vector<double> alphas{alpha};
  for (size_t s = 0; s < b.ws.size(); ++s) {
    std::vector<double> out(1);
    klAlongUpdate(b.ws[s], b.as[s], alphas, Units::kNats, out);
    d.push_back(out[0]);
  }
  return d;
}

double expectedOf(const Batch& b, double alpha) {
  const auto d = oneByOne(b, alpha);
  double sum = 0.0;
  for (size_t s = 0; s < d.size(); ++s) {
    if (b.rho[s] != 0.0) sum += b.rho[s] * d[s];
  }
  return sum;
}

double step(fuzz::Bytes& in) {
  switch (in.byte() % 3) {
    case 0:
      return fuzz::logUniform(in, -4.0, 1.0);
    case 1:
      return fuzz::between(in, 0.0, 5.0);
    default:
      return fuzz::logUniform(in, -20.0, 3.0);
  }
}

void check(const Batch& b, fuzz::Bytes& in) {
  const double alpha = step(in);
  const std::string input = b.input + " alpha " + fuzz::show(alpha);
  const std::vector<double> alphas{0.0, alpha};
  std::vector<double> path(2);
  const auto problem = expectedKlAlongUpdate(b.w, b.a, b.sizes, b.rho, alphas,
                                             Units::kNats, path);
  if (b.verdict == fuzz::Verdict::kInvalid) {
    fuzz::expectRefused(problem, "expectedKlAlongUpdate", input);
    fuzz::expectRefused(importanceWeightsAt(b.w, b.a, b.sizes, b.rho, alpha),
                        "importanceWeightsAt", input);
    return;
  }
  if (b.verdict == fuzz::Verdict::kEither && problem) return;
  fuzz::expectAccepted(problem, "expectedKlAlongUpdate", input);
  FUZZ_CHECK(path[0] == 0.0, "E D at alpha = 0 is %g: %s", path[0],
             input.c_str());
  const double want = expectedOf(b, alpha);
  FUZZ_CHECK(path[1] >= 0.0 && fuzz::near(path[1], want, 1e-13 * want),
             "E D = %g, the states one by one give %g: %s", path[1], want,
             input.c_str());

  std::vector<double> per(2 * b.ws.size());
  fuzz::expectAccepted(
      klPerState(b.w, b.a, b.sizes, b.rho, alpha, Units::kNats, per),
      "klPerState", input);
  const auto d = oneByOne(b, alpha);
  for (size_t s = 0; s < d.size(); ++s) {
    FUZZ_CHECK(per[s] == d[s] && per[d.size() + s] == b.rho[s] * d[s],
               "klPerState state %zu: %g, one by one %g: %s", s, per[s], d[s],
               input.c_str());
  }

  const auto w = importanceWeightsAt(b.w, b.a, b.sizes, b.rho, alpha);
  fuzz::expectAccepted(w, "importanceWeightsAt", input);
  const auto& iw = w.value();
  FUZZ_CHECK(!std::isnan(iw.surrogate) && !std::isnan(iw.oldValue) &&
                 !std::isnan(iw.secondMoment) && !std::isnan(iw.maxRatio) &&
                 !std::isnan(iw.effectiveFraction),
             "importanceWeightsAt gave NaN: %s", input.c_str());
  FUZZ_CHECK(iw.secondMoment >= 1.0 - 1e-9 && iw.maxRatio >= 1.0 - 1e-12 &&
                 iw.effectiveFraction >= 0.0 &&
                 iw.effectiveFraction <= 1.0 + 1e-9,
             "importance weights out of range (E[r^2] %g, max r %g): %s",
             iw.secondMoment, iw.maxRatio, input.c_str());
  FUZZ_CHECK(fuzz::near(iw.expectedKl, want, 1e-13 * want),
             "importanceWeightsAt's E D = %g, one by one %g: %s", iw.expectedKl,
             want, input.c_str());

  const double delta = fuzz::logUniform(in, -6.0, 0.5);
  const auto m = maxStepWithinExpectedBudget(b.w, b.a, b.sizes, b.rho, delta);
  fuzz::expectAccepted(m, "maxStepWithinExpectedBudget", input);
  const double a = m.value();
  FUZZ_CHECK(a >= 0.0, "negative step %g: %s", a, input.c_str());
  if (std::isfinite(a) && a > 0.0 && a < 1e300) {
    const double below = expectedOf(b, a * (1 - 1e-9));
    const double above = expectedOf(b, a * (1 + 1e-9));
    FUZZ_CHECK(below <= delta * (1 + 1e-12) && above >= delta * (1 - 1e-12),
               "alpha* = %g misses delta = %g (E D %g .. %g): %s", a, delta,
               below, above, input.c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const Batch b = batch(in);
  check(b, in);
  return 0;
}
