// The natural logarithm of two (or four) doubles at a time, for the loops of
// entropy, cross-entropy and KL divergence (WebAssembly has no vector log,
// and the C library's scalar log, once per element, was most of their cost).
//
// The algorithm is fdlibm's e_log.c (Sun Microsystems, 1993), in the
// branch-free form of FreeBSD's msun and musl <= 1.1.19 (src/math/log.c):
//   x = 2^k m with m in [sqrt(2)/2, sqrt(2)), so f = m - 1 is exact;
//   s = f / (2 + f), log(1 + f) = 2s + s R(s^2), where R is the Remez
//   polynomial Lg1 z + ... + Lg7 z^7 (|error| < 2^-58.45 for |s| <= 0.1716);
//   log x = k ln2_hi + (f - (hfsq - (s (hfsq + R) + k ln2_lo))), hfsq = f^2/2,
//   where ln2_hi has 32 significant bits, so k ln2_hi is exact.
// fdlibm states an error below 1 ulp; tests/cpp/vector_log_test.cpp measures
// it over millions of inputs against long double.
//
// It is written once over the two- and four-lane types of lanes.hpp: one wasm
// SIMD v128 per pair under -msimd128, two scalars natively, the same IEEE
// operations either way.
//
// Inputs: vlog takes any double (subnormals are scaled by 2^54 first); +0
// and -0 give -inf, negatives NaN, +inf +inf, NaN NaN. The fast functions
// named ...PositiveNormal require every lane in [DBL_MIN, DBL_MAX]; the
// kernels' logProbability and logRatioProbabilities take [0, 1], no branch.
#pragma once

#include <cstdint>
#include <span>

#include "lanes.hpp"
#include "summation.hpp"

namespace infotheory::simd {

// --- fdlibm's logarithm ----------------------------------------------------

namespace detail {

// e_log.c's constants, bit for bit (3fe62e42 fee00000, 3dea39ef 35793c76,
// 3fe55555 55555593, ...).
inline constexpr double kLn2Hi = 0x1.62e42feep-1;
inline constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;
inline constexpr double kLg1 = 0x1.5555555555593p-1;
inline constexpr double kLg2 = 0x1.999999997fa04p-2;
inline constexpr double kLg3 = 0x1.2492494229359p-2;
inline constexpr double kLg4 = 0x1.c71c51d8e78afp-3;
inline constexpr double kLg5 = 0x1.7466496cb03dep-3;
inline constexpr double kLg6 = 0x1.39a09d078c69fp-3;
inline constexpr double kLg7 = 0x1.2f112df3e5244p-3;

inline constexpr uint64_t kMantissa = 0x000fffffffffffff;
inline constexpr uint64_t kOneBits = 0x3ff0000000000000;
// The high word of sqrt(2)/2, 0x3fe6a09e: reduced mantissas m start there.
inline constexpr uint64_t kSqrtHalfBits = 0x3fe6a09e00000000;
// 2^52 as bits: OR-ing a biased exponent e < 2^11 into it gives 2^52 + e.
inline constexpr uint64_t kTwo52Bits = 0x4330000000000000;

// The exponent bias as logNormal takes it: 2^52 + 1023 for log x, and
// 2^52 + 1023 + 54 for log(x 2^-54), where x was scaled by 2^54.
inline constexpr double kBias = 0x1p52 + 1023;
inline constexpr double kScaledBias = 0x1p52 + 1023 + 54;

// k ln2 + log(1 + f) for f in [sqrt(2)/2 - 1, sqrt(2) - 1] (a few ulps
// beyond are fine) and k a whole number: e_log.c's polynomial and
// reconstruction, operation for operation as musl wrote it.
template <class D>
inline D kLn2PlusLog1p(D f, D k) {
  using L = Lanes<D>;
  const D hfsq = L::splat(0.5) * f * f;
  const D s = f / (L::splat(2.0) + f);
  const D z = s * s;
  const D w = z * z;
  const D t1 = w * (L::splat(kLg2) + w * (L::splat(kLg4) + w * L::splat(kLg6)));
  const D t2 =
      z * (L::splat(kLg1) +
           w * (L::splat(kLg3) + w * (L::splat(kLg5) + w * L::splat(kLg7))));
  const D r = t2 + t1;
  return s * (hfsq + r) + k * L::splat(kLn2Lo) - hfsq + f +
         k * L::splat(kLn2Hi);
}

// log(x 2^(2^52 + 1023 - bias)) for x in [DBL_MIN, DBL_MAX] in all lanes
// (bias per lane, kBias or kScaledBias).
template <class D>
inline D logNormal(D x, D bias) {
  using L = Lanes<D>;
  // Adding 1 - sqrt(2)/2 to the high word carries into the exponent exactly
  // when the mantissa is >= sqrt(2)/2 * 2: then m = mantissa / 2, k + 1.
  const auto ix = bits(x) + L::splatBits(kOneBits - kSqrtHalfBits);
  const D k = fromBits((ix >> 52) | L::splatBits(kTwo52Bits)) - bias;
  const D m =
      fromBits((ix & L::splatBits(kMantissa)) + L::splatBits(kSqrtHalfBits));
  return kLn2PlusLog1p(m - L::splat(1.0), k);
}

// log(p / q) for p, q in [DBL_MIN, DBL_MAX], without forming p / q: with
// p = 2^a mp, q = 2^b mq (mp, mq in [1, 2)), log(p / q) = (a - b + j) ln2 +
// log1p(f), f = (mp - 2^j mq) / (2^j mq) and j in {-1, 0, 1} chosen so that
// mp / (2^j mq) is in [sqrt(2)/2, sqrt(2)]. mp - 2^j mq is then exact
// (Sterbenz), so f carries one rounding, as log1p((p - q) / q) does, and
// when k = 0 f is bit for bit (p - q) / q: the scaling is by powers of 2.
// The ratio never over- or underflows. With kExtra, extra_k (whole) is
// added to k: the subnormal path passes the lanes' -54 and +54 there.
template <bool kExtra, class D>
inline D logRatioNormal(D p, D q, [[maybe_unused]] D extra_k) {
  using L = Lanes<D>;
  const auto ip = bits(p), iq = bits(q);
  const D mp =
      fromBits((ip & L::splatBits(kMantissa)) | L::splatBits(kOneBits));
  const auto mq_bits = (iq & L::splatBits(kMantissa)) | L::splatBits(kOneBits);
  const D mq = fromBits(mq_bits);
  const auto above = mp > mq * L::splat(0x1.6a09e667f3bcdp+0);  // sqrt(2)
  const auto below = mp < mq * L::splat(0x1.6a09e667f3bcdp-1);  // sqrt(2)/2
  // j = 1 above, -1 below, else 0: the masks are -1 as integers.
  const auto j = below - above;
  const D den = fromBits(mq_bits + (j << 52));  // 2^j mq, exactly
  // k = a - b + j as (2^52 + a + j + 1) - (2^52 + b + 1): the + 1 keeps
  // a + j + 1 >= 0 (finite, not NaN) also for p = 0 (a = 0, j = -1), a lane
  // logRatioProbabilities's callers multiply by 0.
  const auto offset = L::splatBits(kTwo52Bits + 1);
  D k = fromBits((ip >> 52) + j + offset) - fromBits((iq >> 52) + offset);
  if constexpr (kExtra) k = k + extra_k;
  return kLn2PlusLog1p((mp - den) / den, k);
}

}  // namespace detail

// True if some lane is not in [DBL_MIN, DBL_MAX]: zero, subnormal, negative,
// infinite or NaN. One integer add and one signed compare: x + 0x7ff0...
// maps [DBL_MIN, DBL_MAX]'s bit patterns, and only those, to the lowest
// signed values, [INT64_MIN, INT64_MIN + 0x7fdfffffffffffff].
inline bool anyNotPositiveNormal(D2 x) {
  const U2 shifted = bits(x) + splatBits(0x7ff0000000000000);
  return anyTrue(greaterSigned(shifted, splatBits(0xffdfffffffffffff)));
}

// log x, both lanes in [DBL_MIN, DBL_MAX].
inline D2 logPositiveNormal(D2 x) {
  return detail::logNormal(x, splat(detail::kBias));
}

// log x for any lanes (subnormal, zero, negative, infinite, NaN). Out of
// line: rare in practice.
D2 logAnyLanes(D2 x);

// log x, both lanes.
inline D2 vlog(D2 x) {
  return anyNotPositiveNormal(x) ? logAnyLanes(x) : logPositiveNormal(x);
}

// log(p / q), both lanes of p and q in [DBL_MIN, DBL_MAX].
inline D2 logRatioPositiveNormal(D2 p, D2 q) {
  return detail::logRatioNormal<false>(p, q, p);
}

// log(p / q) for any lanes: subnormals are scaled; 0/q gives -inf, p/0 +inf,
// 0/0, negatives, infinities and NaN give NaN.
D2 logRatioAnyLanes(D2 p, D2 q);

// log(p / q), both lanes.
inline D2 vlogRatio(D2 p, D2 q) {
  return anyNotPositiveNormal(p) || anyNotPositiveNormal(q)
             ? logRatioAnyLanes(p, q)
             : logRatioPositiveNormal(p, q);
}

// --- Probabilities: no special lanes ---------------------------------------

// log p for p in [0, 1] (D2 or D4), without a branch: p 2^54 is exact and
// normal for every p in (0, 1], subnormal or not, and the 54 comes off k for
// free (in the bias), so the result is bit for bit vlog(p). p = 0 gives a
// finite value (-1077 ln 2) instead of -inf, so that 0 log 0 = 0 * finite = 0.
template <class D>
inline D logProbability(D p) {
  using L = Lanes<D>;
  return detail::logNormal(p * L::splat(0x1p54), L::splat(detail::kScaledBias));
}

// log(p / q) for p, q in [0, 1] (D2 or D4), without a branch: both are
// scaled by 2^54, which leaves the ratio alone, so the result is bit for bit
// vlogRatio(p, q) for p, q > 0. If p or q is 0 the result is finite (and
// meaningless): the caller handles those lanes (0 log(0 / q) = 0).
template <class D>
inline D logRatioProbabilities(D p, D q) {
  const D scale = Lanes<D>::splat(0x1p54);
  return detail::logRatioNormal<false>(p * scale, q * scale, p);
}

// --- Compensated sums -------------------------------------------------------

// NeumaierSum per lane (D2 or D4), branch-free: Knuth's TwoSum gives the
// exact rounding error of sum + x whichever is larger, which is what
// Neumaier's two cases give, so each lane's (sum, compensation) equals
// NeumaierSum's over that lane's addends. value() combines the lanes with a
// NeumaierSum.
template <class D>
class LaneSums {
 public:
  void add(D x) {
    const D t = sum_ + x;
    const D x_part = t - sum_;
    compensation_ = compensation_ + ((sum_ - (t - x_part)) + (x - x_part));
    sum_ = t;
  }
  double value() const {
    NeumaierSum total;
    addLanes(total, sum_);
    addLanes(total, compensation_);
    return total.value();
  }

 private:
  static void addLanes(NeumaierSum& total, D2 x) {
    total.add(lane0(x));
    total.add(lane1(x));
  }
  static void addLanes(NeumaierSum& total, D4 x) {
    addLanes(total, x.lo);
    addLanes(total, x.hi);
  }

  D sum_ = Lanes<D>::splat(0.0);
  D compensation_ = Lanes<D>::splat(0.0);
};

using Sum2 = LaneSums<D2>;
using Sum4 = LaneSums<D4>;

// The last n % 4 entries of x (and of y), padded with `pad` to four lanes.
// make2's barrier keeps the padding from being seen as constant lanes.
inline D4 tail4(const double* x, size_t count, double pad) {
  double lanes[4] = {pad, pad, pad, pad};
  for (size_t i = 0; i < count; ++i) lanes[i] = x[i];
  return {make2(lanes[0], lanes[1]), make2(lanes[2], lanes[3])};
}

// --- Arrays ------------------------------------------------------------------

// The sum over i of term(P_i, Q_i), where term maps two D4s of probabilities
// to their four terms: four pairs at a time, the last one to three padded with
// (1, 1), which the kernels' terms map to 0; four lanes of Neumaier sums.
// `q_misses_p` says whether some Q_i = 0 has P_i > 0 (checked only when some
// Q_i is 0), where the divergences are infinite.
struct PairSum {
  double sum;
  bool q_misses_p;
};

template <class Term>
PairSum sumOverPairs(std::span<const double> p, std::span<const double> q,
                     Term term) {
  Sum4 sum;
  D4 lowest_q = Lanes<D4>::splat(1.0);
  const size_t n = p.size();
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const D4 x = load4(&p[i]), y = load4(&q[i]);
    lowest_q = pmin(lowest_q, y);
    sum.add(term(x, y));
  }
  if (i < n) {
    const D4 x = tail4(&p[i], n - i, 1.0), y = tail4(&q[i], n - i, 1.0);
    lowest_q = pmin(lowest_q, y);
    sum.add(term(x, y));
  }
  bool q_misses_p = false;
  if (anyTrue(lowest_q == Lanes<D4>::splat(0.0))) {
    for (size_t j = 0; j < n && !q_misses_p; ++j) {
      q_misses_p = q[j] == 0.0 && p[j] > 0.0;
    }
  }
  return {sum.value(), q_misses_p};
}

// out[i] = log(x[i]) by the two-lane algorithm (any doubles; an odd last
// element is paired with 1). For tests and the wasm test binding.
void logOfEach(std::span<const double> x, std::span<double> out);

}  // namespace infotheory::simd
