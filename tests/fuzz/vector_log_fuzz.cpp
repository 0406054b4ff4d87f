// The two-lane logarithm behind entropy, cross-entropy and KL
// (vector_log.hpp), on any doubles.
//
// Invariants: log of a NaN or a negative number is NaN, of +-0 -inf, of +inf
// +inf; anything else is within 1 ulp of a long-double reference (fdlibm's
// bound), subnormals included, and equal to the same lane computed alone.

#include "fuzz.hpp"
#include "vector_log.hpp"

namespace {

using fuzz::kEps;

void check(std::span<const double> x) {
  std::vector<double> out(x.size());
  infotheory::simd::logOfEach(x, out);
  for (size_t i = 0; i < x.size(); ++i) {
    const double v = x[i], got = out[i];
    if (std::isnan(v) || v < 0.0) {
      FUZZ_CHECK(std::isnan(got), "log(%a) = %a, not NaN", v, got);
      continue;
    }
    if (v == 0.0 || std::isinf(v)) {
      FUZZ_CHECK(got == (v == 0.0 ? -fuzz::kInf : fuzz::kInf), "log(%a) = %a",
                 v, got);
      continue;
    }
    const long double want = std::log(static_cast<long double>(v));
    // 1 ulp of the result: the distance to the next double away from 0.
    const double w = static_cast<double>(want);
    const double ulp =
        std::fabs(std::nextafter(w, w < 0 ? -fuzz::kInf : fuzz::kInf) - w);
    FUZZ_CHECK(std::fabs(got - want) <= ulp || (w == 0.0 && got == 0.0),
               "log(%a) = %a, reference %La (%La off, ulp %a)", v, got, want,
               got - want, ulp);
    double alone[1];
    const double one[1] = {v};
    infotheory::simd::logOfEach(one, alone);
    FUZZ_CHECK(alone[0] == got, "log(%a) depends on its neighbour: %a vs %a", v,
               got, alone[0]);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  std::vector<double> x(in.byte() % 9);
  for (double& v : x) {
    switch (in.byte() % 4) {
      case 0:
        v = in.raw();
        break;
      case 1:
        v = fuzz::special(in);
        break;
      case 2:  // near 1, where log is tiny
        v = 1.0 +
            std::ldexp(static_cast<double>(static_cast<int16_t>(in.u16())),
                       -static_cast<int>(in.below(60)));
        break;
      default:
        v = std::fabs(fuzz::wide(in));
        break;
    }
  }
  check(x);
  (void)kEps;
  return 0;
}
