// What every libFuzzer harness in tests/fuzz shares: a decoder that turns
// the fuzzer's bytes into numbers, sizes and distributions (valid ones often,
// every kind of invalid one too), an independent check of the input rules of
// validate.hpp, and FUZZ_CHECK, which prints what failed and aborts so that
// libFuzzer keeps the input.
//
// A harness checks the contracts written in the kernels' headers, not only
// that nothing crashes: an invalid input must be refused with a message, a
// valid one must give the documented result (never NaN) within a tolerance
// argued next to each check.
#pragma once

#include <cfloat>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "infotheory.hpp"

namespace fuzz {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kEps = DBL_EPSILON;  // 2^-52: one ulp of 1
inline constexpr double kTiny = DBL_TRUE_MIN;

// --- Failing loudly ----------------------------------------------------------

__attribute__((format(printf, 1, 2))) inline std::string format(
    const char* pattern, ...) {
  char buffer[4096];
  va_list args;
  va_start(args, pattern);
  std::vsnprintf(buffer, sizeof buffer, pattern, args);
  va_end(args);
  return buffer;
}

[[noreturn]] inline void fail(const char* file, int line, const char* what,
                              const std::string& detail) {
  std::fprintf(stderr, "\n==== INVARIANT FAILED at %s:%d\n  %s\n  %s\n", file,
               line, what, detail.c_str());
  std::fflush(stderr);
  std::abort();
}

// FUZZ_CHECK(condition, printf-format, args...): the message and its
// arguments are evaluated only when the condition fails.
#define FUZZ_CHECK(condition, ...)                 \
  do {                                             \
    if (!(condition)) {                            \
      ::fuzz::fail(__FILE__, __LINE__, #condition, \
                   ::fuzz::format(__VA_ARGS__));   \
    }                                              \
  } while (false)

// A number in full: decimal and the exact binary value.
inline std::string show(double x) { return format("%.17g (%a)", x, x); }

inline std::string show(std::span<const double> xs) {
  std::string out = format("[%zu]{", xs.size());
  for (size_t i = 0; i < xs.size() && i < 24; ++i) {
    out += format(i == 0 ? "%a" : ", %a", xs[i]);
  }
  return out + (xs.size() > 24 ? ", ...}" : "}");
}

// --- Checking results --------------------------------------------------------

// An input the contract refuses must be refused, with a message.
template <class T>
void expectRefused(const infotheory::Result<T>& r, const char* call,
                   const std::string& input) {
  FUZZ_CHECK(!r.ok(), "%s accepted an invalid input: %s", call, input.c_str());
  FUZZ_CHECK(!r.error().empty(), "%s: empty error message", call);
}
inline void expectRefused(const std::optional<infotheory::InputError>& r,
                          const char* call, const std::string& input) {
  FUZZ_CHECK(r.has_value(), "%s accepted an invalid input: %s", call,
             input.c_str());
  FUZZ_CHECK(!r->message.empty(), "%s: empty error message", call);
}
template <class T>
void expectAccepted(const infotheory::Result<T>& r, const char* call,
                    const std::string& input) {
  FUZZ_CHECK(r.ok(), "%s refused a valid input (%s): %s", call,
             r.error().c_str(), input.c_str());
}
inline void expectAccepted(const std::optional<infotheory::InputError>& r,
                           const char* call, const std::string& input) {
  FUZZ_CHECK(!r.has_value(), "%s refused a valid input (%s): %s", call,
             r->message.c_str(), input.c_str());
}

// |got - want| <= tolerance, where want may be +-infinity (then got must
// equal it). NaN never passes.
inline bool near(double got, double want, double tolerance) {
  if (std::isnan(got) || std::isnan(want)) return false;
  if (std::isinf(want) || std::isinf(got)) return got == want;
  return std::fabs(got - want) <= tolerance;
}

// --- Long-double references --------------------------------------------------

// log(p / q) for p, q > 0 in long double, accurate to ~2^-63 relative: near
// p = q the difference p - q is exact in long double (Sterbenz), so log1p
// keeps its digits; elsewhere the ratio (no over- or underflow in long
// double's range) is rounded once.
inline long double referenceLogRatio(double p, double q) {
  const long double d = static_cast<long double>(p) - q;
  if (std::fabs(d) <= 0.5L * q) return std::log1p(d / q);
  return std::log(static_cast<long double>(p) / q);
}

// expm1(u) - u in long double: the Taylor series for |u| <= 1/2 (40 terms
// reach 2^-64 of the sum), the subtraction beyond (it loses < 2 bits).
inline long double referenceExpm1MinusIdentity(long double u) {
  if (std::fabs(u) > 0.5L) return std::expm1(u) - u;
  long double term = 0.5L * u * u, sum = 0.0L;
  for (int k = 3; k < 43; ++k) {
    sum += term;
    term *= u / k;
  }
  return sum;
}

// --- Decoding the fuzzer's bytes ---------------------------------------------

// Reads the input front to back; past its end every read gives zeros, so
// any input decodes to something.
class Bytes {
 public:
  Bytes(const uint8_t* data, size_t size) : data_(data), size_(size) {}

  bool exhausted() const { return position_ >= size_; }
  size_t left() const { return exhausted() ? 0 : size_ - position_; }

  uint8_t byte() { return exhausted() ? 0 : data_[position_++]; }
  uint16_t u16() { return static_cast<uint16_t>(byte() | (byte() << 8)); }
  uint64_t u64() {
    uint64_t x = 0;
    for (int i = 0; i < 8; ++i) x |= static_cast<uint64_t>(byte()) << (8 * i);
    return x;
  }
  // Any bit pattern: NaNs with payloads, infinities, subnormals, -0.
  double raw() {
    const uint64_t bits = u64();
    double x;
    std::memcpy(&x, &bits, sizeof x);
    return x;
  }
  // 0 .. n-1 (n >= 1).
  size_t below(size_t n) {
    return n <= 256 ? byte() % n : (n <= 65536 ? u16() % n : u64() % n);
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t position_ = 0;
};

// Values where floating-point code breaks: both zeros, 1 and just off it,
// the ends of the normal and subnormal ranges, overflow thresholds of exp,
// the sum tolerance 1e-9, non-numbers.
inline constexpr double kSpecials[] = {
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    0.25,
    0.75,
    0.1,
    1.0 / 3.0,
    2.0,
    0.9999999999999999,  // 1 - 1e-16: 1 - 2^-53 after rounding
    1.0000000000000002,  // 1 + 2^-52
    1.0 - 1e-9,
    1.0 + 1e-9,
    1e-9,
    1e-12,
    1e-16,
    DBL_MIN,
    DBL_MIN / 2.0,  // subnormal
    DBL_TRUE_MIN,
    -DBL_TRUE_MIN,
    1e-300,
    1e-310,
    DBL_MAX,
    -DBL_MAX,
    1e300,
    -1e300,
    1e154,
    700.0,
    709.782712893384,   // log(DBL_MAX)
    745.1332191019412,  // -log(DBL_TRUE_MIN)
    1e3,
    1e-3,
    1e4,
    -1e4,
    1e7,
    1e7 + 1.0,
    9007199254740992.0,  // 2^53
    0.242,               // ~1/sqrt(2 pi e): differential entropy 0
    std::numeric_limits<double>::infinity(),
    -std::numeric_limits<double>::infinity(),
    std::numeric_limits<double>::quiet_NaN(),
    -std::numeric_limits<double>::quiet_NaN(),
};
inline constexpr size_t kSpecialCount = sizeof kSpecials / sizeof kSpecials[0];

inline double special(Bytes& in) { return kSpecials[in.below(kSpecialCount)]; }

// A finite double of either sign and any binary exponent, subnormals too.
inline double wide(Bytes& in) {
  const double mantissa = 1.0 + in.u16() / 65536.0;
  const int exponent = static_cast<int>(in.below(2098)) - 1074;
  const double x = std::ldexp(mantissa, exponent);
  return in.byte() & 1 ? -x : x;
}

// A number on the scale of the page's sliders, in [lo, hi].
inline double between(Bytes& in, double lo, double hi) {
  return lo + (hi - lo) * (in.u16() / 65535.0);
}

// Positive, spread evenly in log from 10^lo_exp to 10^hi_exp.
inline double logUniform(Bytes& in, double lo_exp, double hi_exp) {
  return std::pow(10.0, between(in, lo_exp, hi_exp));
}

// Any double: mostly ordinary, often extreme, sometimes not a number.
inline double anyDouble(Bytes& in, double scale = 10.0) {
  switch (in.byte() % 8) {
    case 0:
    case 1:
    case 2:
      return between(in, -scale, scale);
    case 3:
    case 4:
      return wide(in);
    case 5:
    case 6:
      return special(in);
    default:
      return in.raw();
  }
}

// A whole number of categories: small mostly, up to a few hundred.
inline size_t categories(Bytes& in) {
  const uint8_t b = in.byte();
  if (b < 200) return 1 + b % 12;
  if (b < 250) return 1 + in.below(64);
  return 1 + in.below(600);
}

// Scales w to sum to 1 in double arithmetic (off by a few ulps); all zeros
// become a point mass on the first category.
inline void normalise(std::vector<double>& w) {
  double total = 0.0;
  for (double x : w) total += x;
  if (!(total > 0.0) || !std::isfinite(total)) {
    for (double& x : w) x = 0.0;
    if (!w.empty()) w[0] = 1.0;
    return;
  }
  for (double& x : w) x /= total;
}

// A distribution of n categories from the bytes. Kinds: plain weights (many
// zeros and ties), weights spanning the whole exponent range (subnormal
// entries), near point masses.
inline std::vector<double> validDistribution(Bytes& in, size_t n) {
  std::vector<double> p(n);
  switch (in.byte() % 4) {
    case 0:
    case 1:
      for (double& x : p) x = in.byte() % 17;  // small whole weights: ties
      break;
    case 2:
      for (double& x : p) {
        const uint8_t b = in.byte();
        x = b < 32 ? 0.0 : std::ldexp(1.0 + in.byte() / 256.0, -(b * 5 % 1100));
      }
      break;
    default:  // one entry holds nearly everything
      for (double& x : p)
        x = in.byte() < 128 ? 0.0 : std::ldexp(1.0, -in.byte());
      p[in.below(n)] = 1.0;
      break;
  }
  normalise(p);
  return p;
}

// Relative offsets around the sum tolerance 1e-9 (just inside, on, just
// outside) and tiny ones.
inline constexpr double kSumOffsets[] = {
    1e-16,    2e-16,        1e-12,        9.9e-10,  0.999999e-9, 1.000001e-9,
    1.01e-9,  2e-9,         1e-6,         0.5,      -1e-16,      -1e-12,
    -9.9e-10, -0.999999e-9, -1.000001e-9, -1.01e-9, -2e-9,       -0.5};

// Any list of doubles meant as a distribution: mostly valid, otherwise
// broken in one way (a bad entry, a sum off 1, raw bits, empty).
inline std::vector<double> distribution(Bytes& in) {
  const uint8_t kind = in.byte();
  if (kind < 150) return validDistribution(in, categories(in));
  if (kind < 185) {  // one entry replaced by an edge value
    auto p = validDistribution(in, categories(in));
    p[in.below(p.size())] = special(in);
    return p;
  }
  if (kind < 215) {  // every entry scaled: the sum moves off 1
    auto p = validDistribution(in, categories(in));
    const double factor =
        1.0 + kSumOffsets[in.below(sizeof kSumOffsets / sizeof(double))];
    for (double& x : p) x *= factor;
    return p;
  }
  if (kind < 235) {  // raw doubles
    std::vector<double> p(in.below(9));
    for (double& x : p) x = in.byte() & 1 ? in.raw() : special(in);
    return p;
  }
  if (kind < 245) return {};
  // Two entries that only just make 1, or not: (x, 1 - x) and neighbours.
  const double x = in.byte() & 1 ? special(in) : wide(in);
  std::vector<double> p = {std::fabs(x), 1.0 - std::fabs(x)};
  if (in.byte() & 1) p[1] = std::nextafter(p[1], in.byte() & 1 ? 2.0 : -1.0);
  return p;
}

// Q for a given P: the same, nearly the same (mass moved between two
// entries), the same support or not, or an unrelated distribution.
inline std::vector<double> partner(Bytes& in, const std::vector<double>& p) {
  const uint8_t kind = in.byte();
  if (p.empty() || kind < 60) return distribution(in);
  std::vector<double> q = p;
  if (kind < 90) return q;
  if (kind < 170) {  // move a little mass from i to j
    const size_t i = in.below(q.size()), j = in.below(q.size());
    const double share = std::ldexp(1.0, -static_cast<int>(in.below(70)));
    const double moved = q[i] * share;
    q[i] -= moved;
    q[j] += moved;
    return q;
  }
  if (kind < 200) {  // zero an entry and give its mass to another
    const size_t i = in.below(q.size()), j = in.below(q.size());
    if (i != j) {
      q[j] += q[i];
      q[i] = 0.0;
    }
    return q;
  }
  if (kind < 220) {  // a different length
    if (in.byte() & 1 && q.size() > 1) {
      q.pop_back();
    } else {
      q.push_back(0.0);
    }
    return q;
  }
  return validDistribution(in, p.size());
}

// --- The input rules, written again from validate.hpp ------------------------

enum class Verdict { kValid, kInvalid, kEither };

// Sum in long double: 11 more bits than the kernels' compensated double
// sum, so for the few hundred entries here it is exact to ~1e-17.
inline long double preciseSum(std::span<const double> xs) {
  long double s = 0.0L;
  for (double x : xs) s += x;
  return s;
}

// checkDistribution's rule: non-empty, at most kMaxCategories, entries
// finite in [0, 1], sum within kSumTolerance of 1. A sum within 1e-15 of
// the tolerance's edge may go either way (the kernel's sum is off by ~1 ulp).
inline Verdict distributionVerdict(std::span<const double> p) {
  if (p.empty() || p.size() > infotheory::kMaxCategories) {
    return Verdict::kInvalid;
  }
  for (double x : p) {
    if (!(x >= 0.0 && x <= 1.0)) return Verdict::kInvalid;
  }
  const double off = static_cast<double>(std::fabs(preciseSum(p) - 1.0L));
  if (std::fabs(off - infotheory::kSumTolerance) <= 1e-15) {
    return Verdict::kEither;
  }
  return off <= infotheory::kSumTolerance ? Verdict::kValid : Verdict::kInvalid;
}

inline Verdict both(Verdict a, Verdict b) {
  if (a == Verdict::kInvalid || b == Verdict::kInvalid)
    return Verdict::kInvalid;
  if (a == Verdict::kEither || b == Verdict::kEither) return Verdict::kEither;
  return Verdict::kValid;
}

inline bool finiteAll(std::span<const double> xs) {
  for (double x : xs) {
    if (!std::isfinite(x)) return false;
  }
  return true;
}

// The test every output distribution must pass: checkDistribution itself
// accepts it (the page feeds kernel outputs back into kernels).
inline void expectDistribution(std::span<const double> out, const char* call,
                               const std::string& input) {
  const auto problem = infotheory::checkDistribution(out, "out");
  FUZZ_CHECK(!problem, "%s gave an output that is not a distribution (%s): %s",
             call, problem ? problem->message.c_str() : "", input.c_str());
}

}  // namespace fuzz
