// Tempering a distribution (temperature.hpp).
//
// Invariants, for a P that checkDistribution accepts and T in [1e-3, 1e3]:
//   P_T is a distribution checkDistribution accepts; zeros of P stay 0;
//   equal entries stay equal; the order of entries is kept (to an ulp);
//   P_1 = P / sum P to a few ulps
//   entropyAlongTemperature: H(P_T) is entropy(temper(P, T)) bit for bit,
//   in [0, log |support|], and does not decrease as T grows
//   bits = nats * log2(e)
// and anything else (bad P, T outside [1e-3, 1e3] or not a number, empty
// temperatures, outputs of the wrong length) is refused with a message.

#include <algorithm>

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;
using fuzz::kTiny;

double temperature(fuzz::Bytes& in) {
  switch (in.byte() % 8) {
    case 0:
    case 1:
    case 2:
    case 3:
      return fuzz::logUniform(in, -3.0, 3.0);
    case 4:
      return in.byte() & 1 ? kMinTemperature : kMaxTemperature;
    case 5:
      return std::nextafter(in.byte() & 1 ? kMinTemperature : kMaxTemperature,
                            in.byte() & 1 ? 0.0 : 1e9);
    case 6:
      return fuzz::special(in);
    default:
      return fuzz::anyDouble(in);
  }
}

bool validTemperature(double t) {
  return t >= kMinTemperature && t <= kMaxTemperature;
}

void checkTemper(std::span<const double> p, double t, fuzz::Bytes& in) {
  const size_t size = in.byte() % 16 == 0 ? p.size() + 1 : p.size();
  std::vector<double> out(size);
  const std::string input = fuzz::show(p) + " T " + fuzz::show(t);
  const fuzz::Verdict verdict = fuzz::distributionVerdict(p);
  const auto problem = temper(p, t, out);
  if (verdict == fuzz::Verdict::kInvalid || !validTemperature(t) ||
      size != p.size()) {
    if (verdict != fuzz::Verdict::kEither)
      fuzz::expectRefused(problem, "temper", input);
    return;
  }
  if (verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(problem, "temper", input);
  if (problem) return;
  fuzz::expectDistribution(out, "temper", input);
  const long double s = fuzz::preciseSum(p);
  for (size_t i = 0; i < p.size(); ++i) {
    FUZZ_CHECK(p[i] > 0.0 || out[i] == 0.0, "P_T[%zu] = %s where P = 0: %s", i,
               fuzz::show(out[i]).c_str(), input.c_str());
    if (t == 1.0) {
      // (p_i / max) exactly, normalised by a compensated sum: 3 eps relative;
      // a subnormal ratio goes via logs (absolute error ~ its size * 745 eps).
      const double want = static_cast<double>(p[i] / s);
      FUZZ_CHECK(
          fuzz::near(out[i], want,
                     (want < DBL_MIN ? 2000 : 4) * kEps * want + 2 * kTiny),
          "P_1[%zu] = %s, P / sum P = %s: %s", i, fuzz::show(out[i]).c_str(),
          fuzz::show(want).c_str(), input.c_str());
    }
  }
  // Order and ties, checked on a few pairs.
  for (int pair = 0; pair < 8 && p.size() > 1; ++pair) {
    const size_t i = in.below(p.size()), j = in.below(p.size());
    if (p[i] == p[j]) {
      FUZZ_CHECK(out[i] == out[j], "P[%zu] == P[%zu] but P_T %s != %s: %s", i,
                 j, fuzz::show(out[i]).c_str(), fuzz::show(out[j]).c_str(),
                 input.c_str());
    } else if (p[i] < p[j]) {
      FUZZ_CHECK(out[i] <= out[j] * (1 + 2 * kEps) + kTiny,
                 "P[%zu] < P[%zu] but P_T %s > %s: %s", i, j,
                 fuzz::show(out[i]).c_str(), fuzz::show(out[j]).c_str(),
                 input.c_str());
    }
  }
}

void checkEntropyPath(std::span<const double> p, fuzz::Bytes& in) {
  std::vector<double> temperatures(in.byte() % 6);
  for (double& t : temperatures) t = temperature(in);
  if (in.byte() & 1) std::sort(temperatures.begin(), temperatures.end());
  const size_t size =
      in.byte() % 16 == 0 ? temperatures.size() + 1 : temperatures.size();
  std::vector<double> out(size), out_bits(size);
  const std::string input = fuzz::show(p) + " T " + fuzz::show(temperatures);
  fuzz::Verdict verdict = fuzz::distributionVerdict(p);
  bool others_valid = !temperatures.empty() && size == temperatures.size();
  for (double t : temperatures)
    others_valid = others_valid && validTemperature(t);
  const auto problem =
      entropyAlongTemperature(p, temperatures, Units::kNats, out);
  if (verdict == fuzz::Verdict::kInvalid || !others_valid) {
    if (verdict != fuzz::Verdict::kEither) {
      fuzz::expectRefused(problem, "entropyAlongTemperature", input);
    }
    return;
  }
  if (verdict == fuzz::Verdict::kValid) {
    fuzz::expectAccepted(problem, "entropyAlongTemperature", input);
  }
  if (problem) return;
  FUZZ_CHECK(!entropyAlongTemperature(p, temperatures, Units::kBits, out_bits),
             "bits refused: %s", input.c_str());
  size_t support = 0;
  for (double x : p) support += x > 0.0;
  std::vector<double> tempered(p.size());
  for (size_t i = 0; i < temperatures.size(); ++i) {
    FUZZ_CHECK(!temper(p, temperatures[i], tempered), "temper refused: %s",
               input.c_str());
    const double h = entropy(tempered).value();
    FUZZ_CHECK(out[i] == h && out_bits[i] == inUnits(h, Units::kBits),
               "H(P_T) at T = %g is %s, entropy(temper(P, T)) %s: %s",
               temperatures[i], fuzz::show(out[i]).c_str(),
               fuzz::show(h).c_str(), input.c_str());
    FUZZ_CHECK(h >= 0.0 &&
                   h <= std::log(static_cast<double>(support)) * (1 + 8 * kEps),
               "H(P_T) = %s outside [0, log %zu]: %s", fuzz::show(h).c_str(),
               support, input.c_str());
    // H(P_T) grows with T (its derivative is Var_{P_T}(log P) / T^3 >= 0);
    // rounding allows a few ulps of the larger value back.
    if (i > 0 && temperatures[i - 1] <= temperatures[i]) {
      FUZZ_CHECK(out[i - 1] <= out[i] + 8 * kEps * out[i] + p.size() * kTiny,
                 "H(P_T) fell from %s to %s as T rose from %g to %g: %s",
                 fuzz::show(out[i - 1]).c_str(), fuzz::show(out[i]).c_str(),
                 temperatures[i - 1], temperatures[i], input.c_str());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const std::vector<double> p = fuzz::distribution(in);
  if (in.byte() & 1) {
    checkTemper(p, temperature(in), in);
  } else {
    checkEntropyPath(p, in);
  }
  return 0;
}
