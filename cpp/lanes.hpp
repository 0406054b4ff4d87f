// Two doubles at a time, written once for wasm SIMD and for plain scalars:
// D2 holds two doubles, U2 two 64-bit integers or lane masks (all ones or all
// zeros); D4 and U4 are two of each. With -msimd128 (the wasm build) a D2 is
// one v128 and each operation one wasm SIMD instruction (f64x2 arithmetic,
// i64x2 shifts and masks); otherwise (the native build, where GoogleTest
// runs) it is two plain scalars, so the tests check the same sequence of IEEE
// operations. No step may become a fused multiply-add: wasm has none, and
// baseline x86-64 neither. Used by vector_log.hpp.
#pragma once

#include <bit>
#include <cstdint>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace infotheory::simd {

#if defined(__wasm_simd128__)

struct D2 {
  v128_t v;
};
struct U2 {
  v128_t v;
};

inline D2 splat(double x) { return {wasm_f64x2_splat(x)}; }
inline U2 splatBits(uint64_t x) {
  return {wasm_i64x2_splat(static_cast<int64_t>(x))};
}
// The empty asm hides the lanes from the optimiser: clang 14's wasm backend
// never finishes compiling the log of a vector with one constant lane.
inline D2 make2(double lane0, double lane1) {
  v128_t v = wasm_f64x2_make(lane0, lane1);
  __asm__("" : "+r"(v));
  return {v};
}
inline D2 load2(const double* p) { return {wasm_v128_load(p)}; }
inline void store2(double* p, D2 x) { wasm_v128_store(p, x.v); }
inline double lane0(D2 x) { return wasm_f64x2_extract_lane(x.v, 0); }
inline double lane1(D2 x) { return wasm_f64x2_extract_lane(x.v, 1); }

inline D2 operator+(D2 a, D2 b) { return {wasm_f64x2_add(a.v, b.v)}; }
inline D2 operator-(D2 a, D2 b) { return {wasm_f64x2_sub(a.v, b.v)}; }
inline D2 operator*(D2 a, D2 b) { return {wasm_f64x2_mul(a.v, b.v)}; }
inline D2 operator/(D2 a, D2 b) { return {wasm_f64x2_div(a.v, b.v)}; }
// b < a ? b : a, lane by lane (wasm's pmin; NaN handling is not needed here).
inline D2 pmin(D2 a, D2 b) { return {wasm_f64x2_pmin(a.v, b.v)}; }
// a < b ? b : a, lane by lane (wasm's pmax).
inline D2 pmax(D2 a, D2 b) { return {wasm_f64x2_pmax(a.v, b.v)}; }

inline U2 operator<(D2 a, D2 b) { return {wasm_f64x2_lt(a.v, b.v)}; }
inline U2 operator<=(D2 a, D2 b) { return {wasm_f64x2_le(a.v, b.v)}; }
inline U2 operator>(D2 a, D2 b) { return {wasm_f64x2_gt(a.v, b.v)}; }
inline U2 operator>=(D2 a, D2 b) { return {wasm_f64x2_ge(a.v, b.v)}; }
inline U2 operator==(D2 a, D2 b) { return {wasm_f64x2_eq(a.v, b.v)}; }
inline U2 operator!=(D2 a, D2 b) { return {wasm_f64x2_ne(a.v, b.v)}; }

inline U2 bits(D2 x) { return {x.v}; }
inline D2 fromBits(U2 x) { return {x.v}; }
inline U2 operator+(U2 a, U2 b) { return {wasm_i64x2_add(a.v, b.v)}; }
inline U2 operator-(U2 a, U2 b) { return {wasm_i64x2_sub(a.v, b.v)}; }
inline U2 operator&(U2 a, U2 b) { return {wasm_v128_and(a.v, b.v)}; }
inline U2 operator|(U2 a, U2 b) { return {wasm_v128_or(a.v, b.v)}; }
// Logical shift right, and shift left.
inline U2 operator>>(U2 a, int n) { return {wasm_u64x2_shr(a.v, n)}; }
inline U2 operator<<(U2 a, int n) { return {wasm_i64x2_shl(a.v, n)}; }
// Lanes compared as signed 64-bit integers.
inline U2 greaterSigned(U2 a, U2 b) { return {wasm_i64x2_gt(a.v, b.v)}; }

// mask ? a : b, lane by lane.
inline D2 select(U2 mask, D2 a, D2 b) {
  return {wasm_v128_bitselect(a.v, b.v, mask.v)};
}
inline bool anyTrue(U2 mask) { return wasm_v128_any_true(mask.v); }

#else  // two scalar lanes

struct D2 {
  double lane[2];
};
struct U2 {
  uint64_t lane[2];
};

inline D2 splat(double x) { return {{x, x}}; }
inline U2 splatBits(uint64_t x) { return {{x, x}}; }
inline D2 make2(double lane0, double lane1) { return {{lane0, lane1}}; }
inline D2 load2(const double* p) { return {{p[0], p[1]}}; }
inline void store2(double* p, D2 x) {
  p[0] = x.lane[0];
  p[1] = x.lane[1];
}
inline double lane0(D2 x) { return x.lane[0]; }
inline double lane1(D2 x) { return x.lane[1]; }

template <class Op>
D2 lanewise(D2 a, D2 b, Op op) {
  return {{op(a.lane[0], b.lane[0]), op(a.lane[1], b.lane[1])}};
}
template <class Op>
U2 lanewise(U2 a, U2 b, Op op) {
  return {{op(a.lane[0], b.lane[0]), op(a.lane[1], b.lane[1])}};
}
template <class Op>
U2 maskOf(D2 a, D2 b, Op op) {
  return {{op(a.lane[0], b.lane[0]) ? ~uint64_t{0} : 0,
           op(a.lane[1], b.lane[1]) ? ~uint64_t{0} : 0}};
}

inline D2 operator+(D2 a, D2 b) {
  return lanewise(a, b, [](double x, double y) { return x + y; });
}
inline D2 operator-(D2 a, D2 b) {
  return lanewise(a, b, [](double x, double y) { return x - y; });
}
inline D2 operator*(D2 a, D2 b) {
  return lanewise(a, b, [](double x, double y) { return x * y; });
}
inline D2 operator/(D2 a, D2 b) {
  return lanewise(a, b, [](double x, double y) { return x / y; });
}
inline D2 pmin(D2 a, D2 b) {
  return lanewise(a, b, [](double x, double y) { return y < x ? y : x; });
}
inline D2 pmax(D2 a, D2 b) {
  return lanewise(a, b, [](double x, double y) { return x < y ? y : x; });
}

inline U2 operator<(D2 a, D2 b) {
  return maskOf(a, b, [](double x, double y) { return x < y; });
}
inline U2 operator<=(D2 a, D2 b) {
  return maskOf(a, b, [](double x, double y) { return x <= y; });
}
inline U2 operator>(D2 a, D2 b) {
  return maskOf(a, b, [](double x, double y) { return x > y; });
}
inline U2 operator>=(D2 a, D2 b) {
  return maskOf(a, b, [](double x, double y) { return x >= y; });
}
inline U2 operator==(D2 a, D2 b) {
  return maskOf(a, b, [](double x, double y) { return x == y; });
}
inline U2 operator!=(D2 a, D2 b) {
  return maskOf(a, b, [](double x, double y) { return x != y; });
}

inline U2 bits(D2 x) {
  return {
      {std::bit_cast<uint64_t>(x.lane[0]), std::bit_cast<uint64_t>(x.lane[1])}};
}
inline D2 fromBits(U2 x) {
  return {{std::bit_cast<double>(x.lane[0]), std::bit_cast<double>(x.lane[1])}};
}
inline U2 operator+(U2 a, U2 b) {
  return lanewise(a, b, [](uint64_t x, uint64_t y) { return x + y; });
}
inline U2 operator-(U2 a, U2 b) {
  return lanewise(a, b, [](uint64_t x, uint64_t y) { return x - y; });
}
inline U2 operator&(U2 a, U2 b) {
  return lanewise(a, b, [](uint64_t x, uint64_t y) { return x & y; });
}
inline U2 operator|(U2 a, U2 b) {
  return lanewise(a, b, [](uint64_t x, uint64_t y) { return x | y; });
}
inline U2 operator>>(U2 a, int n) { return {{a.lane[0] >> n, a.lane[1] >> n}}; }
inline U2 operator<<(U2 a, int n) { return {{a.lane[0] << n, a.lane[1] << n}}; }
inline U2 greaterSigned(U2 a, U2 b) {
  return lanewise(a, b, [](uint64_t x, uint64_t y) {
    return static_cast<int64_t>(x) > static_cast<int64_t>(y) ? ~uint64_t{0}
                                                             : uint64_t{0};
  });
}

inline D2 select(U2 mask, D2 a, D2 b) {
  return fromBits((bits(a) & mask) |
                  (bits(b) & U2{{~mask.lane[0], ~mask.lane[1]}}));
}
inline bool anyTrue(U2 mask) { return (mask.lane[0] | mask.lane[1]) != 0; }

#endif

// Four lanes: two pairs per step. The log is one long dependency chain (~100
// cycles from load to sum); two independent ones per loop step, and half the
// loop overhead, make the kernels ~5% faster in V8 than one pair per step.
struct D4 {
  D2 lo, hi;
};
struct U4 {
  U2 lo, hi;
};

inline D4 operator+(D4 a, D4 b) { return {a.lo + b.lo, a.hi + b.hi}; }
inline D4 operator-(D4 a, D4 b) { return {a.lo - b.lo, a.hi - b.hi}; }
inline D4 operator*(D4 a, D4 b) { return {a.lo * b.lo, a.hi * b.hi}; }
inline D4 operator/(D4 a, D4 b) { return {a.lo / b.lo, a.hi / b.hi}; }
inline D4 pmin(D4 a, D4 b) { return {pmin(a.lo, b.lo), pmin(a.hi, b.hi)}; }
inline D4 pmax(D4 a, D4 b) { return {pmax(a.lo, b.lo), pmax(a.hi, b.hi)}; }
inline U4 operator<(D4 a, D4 b) { return {a.lo < b.lo, a.hi < b.hi}; }
inline U4 operator>(D4 a, D4 b) { return {a.lo > b.lo, a.hi > b.hi}; }
inline U4 operator==(D4 a, D4 b) { return {a.lo == b.lo, a.hi == b.hi}; }
inline U4 bits(D4 x) { return {bits(x.lo), bits(x.hi)}; }
inline D4 fromBits(U4 x) { return {fromBits(x.lo), fromBits(x.hi)}; }
inline U4 operator+(U4 a, U4 b) { return {a.lo + b.lo, a.hi + b.hi}; }
inline U4 operator-(U4 a, U4 b) { return {a.lo - b.lo, a.hi - b.hi}; }
inline U4 operator&(U4 a, U4 b) { return {a.lo & b.lo, a.hi & b.hi}; }
inline U4 operator|(U4 a, U4 b) { return {a.lo | b.lo, a.hi | b.hi}; }
inline U4 operator>>(U4 a, int n) { return {a.lo >> n, a.hi >> n}; }
inline U4 operator<<(U4 a, int n) { return {a.lo << n, a.hi << n}; }
inline bool anyTrue(U4 mask) { return anyTrue(mask.lo | mask.hi); }
inline D4 load4(const double* p) { return {load2(p), load2(p + 2)}; }

// Constants of a lane type, for code written once for D2 and D4.
template <class D>
struct Lanes;
template <>
struct Lanes<D2> {
  static D2 splat(double x) { return simd::splat(x); }
  static U2 splatBits(uint64_t x) { return simd::splatBits(x); }
};
template <>
struct Lanes<D4> {
  static D4 splat(double x) { return {simd::splat(x), simd::splat(x)}; }
  static U4 splatBits(uint64_t x) {
    return {simd::splatBits(x), simd::splatBits(x)};
  }
};

}  // namespace infotheory::simd
