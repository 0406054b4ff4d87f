#include "vector_log.hpp"

#include <limits>

namespace infotheory::simd {

namespace {

constexpr double kMinNormal = std::numeric_limits<double>::min();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Subnormal lanes (and zero and negative ones, which the callers replace)
// times 2^54, which is exact and makes every subnormal normal; -54 or 0 for
// the lanes' k.
struct Scaled {
  D2 x;
  D2 k;
};
Scaled scaleSubnormals(D2 x) {
  const U2 tiny = x < splat(kMinNormal);
  return {select(tiny, x * splat(0x1p54), x),
          select(tiny, splat(-54.0), splat(0.0))};
}

}  // namespace

D2 logAnyLanes(D2 x) {
  const U2 tiny = x < splat(kMinNormal);  // subnormal (or zero or negative)
  const D2 scaled = select(tiny, x * splat(0x1p54), x);
  const D2 bias =
      select(tiny, splat(detail::kScaledBias), splat(detail::kBias));
  // Lanes still outside [DBL_MIN, DBL_MAX] compute log 1 and are replaced.
  const D2 max = splat(std::numeric_limits<double>::max());
  const U2 usable = (scaled >= splat(kMinNormal)) & (scaled <= max);
  D2 y = detail::logNormal(select(usable, scaled, splat(1.0)),
                           select(usable, bias, splat(detail::kBias)));
  y = select(x == splat(0.0), splat(-kInf), y);  // +0 and -0
  y = select(x < splat(0.0), splat(kNaN), y);
  y = select(x > max, x, y);    // +inf
  return select(x != x, x, y);  // NaN stays NaN
}

D2 logRatioAnyLanes(D2 p, D2 q) {
  const Scaled sp = scaleSubnormals(p), sq = scaleSubnormals(q);
  const D2 max = splat(std::numeric_limits<double>::max());
  const U2 usable = (sp.x >= splat(kMinNormal)) & (sp.x <= max) &
                    (sq.x >= splat(kMinNormal)) & (sq.x <= max);
  D2 y = detail::logRatioNormal<true>(select(usable, sp.x, splat(1.0)),
                                      select(usable, sq.x, splat(1.0)),
                                      select(usable, sp.k - sq.k, splat(0.0)));
  const D2 zero = splat(0.0);
  y = select((p == zero) & (q > zero) & (q <= max), splat(-kInf), y);
  y = select((q == zero) & (p > zero) & (p <= max), splat(kInf), y);
  // 0/0, negatives, infinities, NaN.
  const U2 defined = (p >= zero) & (p <= max) & (q >= zero) & (q <= max) &
                     ((p > zero) | (q > zero));
  return select(defined, y, splat(kNaN));
}

void logOfEach(std::span<const double> x, std::span<double> out) {
  const size_t n = x.size();
  size_t i = 0;
  for (; i + 2 <= n; i += 2) store2(&out[i], vlog(load2(&x[i])));
  if (i < n) out[i] = lane0(vlog(make2(x[i], 1.0)));
}

}  // namespace infotheory::simd
