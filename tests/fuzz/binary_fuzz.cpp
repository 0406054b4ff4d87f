// Binary entropy and surprise (binary_entropy.hpp, surprise.hpp).
//
// Invariants, for p a probability (finite, in [0, 1]; -0 counts as 0):
//   0 <= h(p) <= log 2, h(0) = h(1) = +0, h(p) = h(1 - p) exactly whenever
//   1 - p is exact; h matches a long-double reference to a few ulps
//   I(p) >= +0, I(0) = +inf, I(1) = +0, finite otherwise, matches -log p
//   jointSurprise: probability = p1 p2, sum = I(p1) + I(p2), and the joint
//   surprise equals that sum ("information adds") to rounding
//   bits = nats * log2(e)
// and anything else (NaN, +-inf, below 0, above 1) is refused with a message.

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;
using fuzz::kTiny;

// A probability, or a number just outside [0, 1], or not a number at all.
double probability(fuzz::Bytes& in) {
  switch (in.byte() % 8) {
    case 0:
    case 1:
      return fuzz::between(in, 0.0, 1.0);
    case 2:  // tiny, down to subnormal
      return std::ldexp(1.0 + in.u16() / 65536.0,
                        -static_cast<int>(in.below(1080)));
    case 3:  // 1 minus tiny: 1 - 1e-16 and its neighbours
      return 1.0 - std::ldexp(static_cast<double>(in.byte()),
                              -static_cast<int>(in.below(64)));
    case 4:
    case 5:
      return fuzz::special(in);
    case 6:
      return fuzz::wide(in);
    default:
      return in.raw();
  }
}

bool isProbability(double p) { return p >= 0.0 && p <= 1.0; }

// True if 1 - p is exact (TwoSum's error term is 0; Knuth, TAOCP 4.2.2).
bool oneMinusIsExact(double p) {
  const double q = 1.0 - p;
  const double b = q - 1.0;
  return (1.0 - (q - b)) + (-p - b) == 0.0;
}

void checkBinaryEntropy(double p) {
  const std::string input = fuzz::show(p);
  const auto nats = binaryEntropy(p), bits = binaryEntropy(p, Units::kBits);
  if (!isProbability(p)) {
    fuzz::expectRefused(nats, "binaryEntropy", input);
    fuzz::expectRefused(bits, "binaryEntropy(bits)", input);
    return;
  }
  fuzz::expectAccepted(nats, "binaryEntropy", input);
  fuzz::expectAccepted(bits, "binaryEntropy(bits)", input);
  const double h = nats.value();
  FUZZ_CHECK(bits.value() == inUnits(h, Units::kBits),
             "bits != nats log2 e: %s", input.c_str());
  // log 2 is the maximum, at p = 1/2; the computed peak is log 2 rounded.
  FUZZ_CHECK(
      h >= 0.0 && !std::signbit(h) && h <= std::log(2.0) * (1 + 2 * kEps),
      "h(p) = %s outside [+0, log 2]: p = %s", fuzz::show(h).c_str(),
      input.c_str());
  if (p == 0.0 || p == 1.0) {
    FUZZ_CHECK(h == 0.0, "h(%s) = %s, not 0", input.c_str(),
               fuzz::show(h).c_str());
  }
  if (oneMinusIsExact(p)) {
    const double mirrored = binaryEntropy(1.0 - p).value();
    FUZZ_CHECK(mirrored == h, "h(p) = %s but h(1 - p) = %s: p = %s",
               fuzz::show(h).c_str(), fuzz::show(mirrored).c_str(),
               input.c_str());
  }
  // Both terms -p log p and -(1 - p) log1p(-p) are >= 0 and each within ~2
  // ulps (the kernel takes the smaller side, where 1 - p is exact): 4 eps
  // relative; a subnormal product adds up to half a subnormal step.
  const long double lp = p;
  const double want =
      static_cast<double>(-lp * std::log(lp) - (1.0L - lp) * std::log1p(-lp));
  const double reference = p == 0.0 || p == 1.0 ? 0.0 : want;
  FUZZ_CHECK(fuzz::near(h, reference, 4 * kEps * reference + 2 * kTiny),
             "h(%s) = %s, reference %s", input.c_str(), fuzz::show(h).c_str(),
             fuzz::show(reference).c_str());
}

void checkSurprise(double p) {
  const std::string input = fuzz::show(p);
  const auto nats = surprise(p), bits = surprise(p, Units::kBits);
  if (!isProbability(p)) {
    fuzz::expectRefused(nats, "surprise", input);
    fuzz::expectRefused(bits, "surprise(bits)", input);
    return;
  }
  fuzz::expectAccepted(nats, "surprise", input);
  const double i = nats.value();
  FUZZ_CHECK(bits.value() == inUnits(i, Units::kBits),
             "bits != nats log2 e: %s", input.c_str());
  FUZZ_CHECK(i >= 0.0 && !std::signbit(i), "I(%s) = %s < +0", input.c_str(),
             fuzz::show(i).c_str());
  FUZZ_CHECK(std::isinf(i) == (p == 0.0), "I(%s) = %s: infinite iff p = 0",
             input.c_str(), fuzz::show(i).c_str());
  // The C library's log is within 1 ulp; negation is exact.
  const double want =
      static_cast<double>(-std::log(static_cast<long double>(p)));
  FUZZ_CHECK(fuzz::near(i, want, 2 * kEps * want), "I(%s) = %s, reference %s",
             input.c_str(), fuzz::show(i).c_str(), fuzz::show(want).c_str());
}

void checkJointSurprise(double p1, double p2) {
  const std::string input = fuzz::show(p1) + ", " + fuzz::show(p2);
  const auto nats = jointSurprise(p1, p2);
  const auto bits = jointSurprise(p1, p2, Units::kBits);
  if (!isProbability(p1) || !isProbability(p2)) {
    fuzz::expectRefused(nats, "jointSurprise", input);
    fuzz::expectRefused(bits, "jointSurprise(bits)", input);
    return;
  }
  fuzz::expectAccepted(nats, "jointSurprise", input);
  const JointSurprise& j = nats.value();
  const JointSurprise& b = bits.value();
  FUZZ_CHECK(j.probability == p1 * p2, "probability %s != p1 p2: %s",
             fuzz::show(j.probability).c_str(), input.c_str());
  FUZZ_CHECK(j.sum == surprise(p1).value() + surprise(p2).value(),
             "sum %s != I(p1) + I(p2): %s", fuzz::show(j.sum).c_str(),
             input.c_str());
  FUZZ_CHECK(b.probability == j.probability &&
                 b.joint == inUnits(j.joint, Units::kBits) &&
                 b.sum == inUnits(j.sum, Units::kBits),
             "bits != nats log2 e: %s", input.c_str());
  FUZZ_CHECK(j.joint >= 0.0 && !std::signbit(j.joint), "joint %s < +0: %s",
             fuzz::show(j.joint).c_str(), input.c_str());
  // Information adds: -log(p1 p2) = -log p1 - log p2. The sum is within
  // 2 eps relative (two logs, one addition); the joint value within eps
  // relative plus the rounding of the product, at most u = eps/2 relative,
  // which the log turns into u absolute.
  const double tolerance = 4 * kEps * j.sum + kEps;
  FUZZ_CHECK(fuzz::near(j.joint, j.sum, tolerance),
             "joint surprise %s != I(p1) + I(p2) = %s: %s",
             fuzz::show(j.joint).c_str(), fuzz::show(j.sum).c_str(),
             input.c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const double p1 = probability(in), p2 = probability(in);
  checkBinaryEntropy(p1);
  checkBinaryEntropy(p2);
  checkSurprise(p1);
  checkSurprise(p2);
  checkJointSurprise(p1, p2);
  return 0;
}
