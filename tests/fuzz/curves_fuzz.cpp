// Whole chart series (curves.hpp).
//
// Invariants:
//   surpriseCurve: x ascending from exp(-maxNats) to 1, y = I(x) bit for
//   bit (so descending), y[0] = maxNats to rounding, y[n-1] = +0
//   binaryEntropyCurve: x[i] = i / (n - 1), y = h(x) bit for bit, the ends 0
//   logSpace: ends exactly lo and hi, every point finite, ascending, inside
//   [lo, hi] and log-evenly spaced to rounding
//   logSpacedCounts: 1, ..., nMax: distinct whole numbers, ascending, at
//   most out.size() of them
// and out-of-range sizes, maxNats, lo / hi or nMax are refused.

#include <algorithm>

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;
using fuzz::kTiny;

size_t points(fuzz::Bytes& in) {
  const uint8_t b = in.byte();
  if (b < 230) return b % 40;
  if (b < 250) return in.below(3000);
  return kMaxCurvePoints - 1 + in.below(3);
}

void checkSurpriseCurve(fuzz::Bytes& in) {
  const double max_nats = in.byte() % 4 == 0 ? fuzz::anyDouble(in, 800.0)
                                             : fuzz::between(in, 0.0, 700.0);
  const bool bits = in.byte() & 1;
  const size_t n = points(in);
  std::vector<double> x(n), y(in.byte() % 16 == 0 ? n + 1 : n);
  const std::string input = fuzz::format("maxNats %a n %zu", max_nats, n);
  const auto problem =
      surpriseCurve(max_nats, bits ? Units::kBits : Units::kNats, x, y);
  if (!(max_nats > 0.0 && max_nats <= 700.0) || n < kMinCurvePoints ||
      n > kMaxCurvePoints || y.size() != n) {
    return fuzz::expectRefused(problem, "surpriseCurve", input);
  }
  fuzz::expectAccepted(problem, "surpriseCurve", input);
  for (size_t i = 0; i < n; ++i) {
    FUZZ_CHECK(x[i] > 0.0 && x[i] <= 1.0 && (i == 0 || x[i] >= x[i - 1]),
               "x[%zu] = %a: %s", i, x[i], input.c_str());
    FUZZ_CHECK(
        y[i] == surprise(x[i], bits ? Units::kBits : Units::kNats).value(),
        "y[%zu] = %a is not I(x): %s", i, y[i], input.c_str());
  }
  FUZZ_CHECK(x.back() == 1.0 && y.back() == 0.0 && !std::signbit(y.back()),
             "last point (%a, %a): %s", x.back(), y.back(), input.c_str());
  // -log(exp(-M)): exp within 1 ulp (u relative, u absolute after log),
  // log within 1 ulp of M.
  const double top = inUnits(max_nats, bits ? Units::kBits : Units::kNats);
  FUZZ_CHECK(fuzz::near(y[0], top, 2 * kEps * (top + 1.0)),
             "y[0] = %s, maxNats %s: %s", fuzz::show(y[0]).c_str(),
             fuzz::show(top).c_str(), input.c_str());
}

void checkBinaryEntropyCurve(fuzz::Bytes& in) {
  const size_t n = points(in);
  std::vector<double> x(in.byte() % 16 == 0 ? n + 1 : n), y(n);
  const std::string input = fuzz::format("n %zu", n);
  const auto problem = binaryEntropyCurve(Units::kNats, x, y);
  if (n < kMinCurvePoints || n > kMaxCurvePoints || x.size() != n) {
    return fuzz::expectRefused(problem, "binaryEntropyCurve", input);
  }
  fuzz::expectAccepted(problem, "binaryEntropyCurve", input);
  for (size_t i = 0; i < n; ++i) {
    FUZZ_CHECK(x[i] == static_cast<double>(i) / static_cast<double>(n - 1) &&
                   y[i] == binaryEntropy(x[i]).value(),
               "point %zu (%a, %a): %s", i, x[i], y[i], input.c_str());
  }
  FUZZ_CHECK(y.front() == 0.0 && y.back() == 0.0, "ends %a %a: %s", y.front(),
             y.back(), input.c_str());
}

void checkLogSpace(fuzz::Bytes& in) {
  double lo, hi;
  if (in.byte() % 4 == 0) {
    lo = fuzz::anyDouble(in, 1e3);
    hi = fuzz::anyDouble(in, 1e3);
  } else {  // positive, any scale, often far apart
    lo = std::fabs(fuzz::wide(in));
    hi = std::fabs(fuzz::wide(in));
    if (lo > hi) std::swap(lo, hi);
  }
  const size_t n = in.byte() % 8 == 0 ? in.below(4) : points(in);
  std::vector<double> x(n);
  const std::string input = fuzz::format("lo %a hi %a n %zu", lo, hi, n);
  const auto problem = logSpace(lo, hi, x);
  if (!(std::isfinite(lo) && lo > 0.0 && std::isfinite(hi) && hi > 0.0 &&
        lo < hi) ||
      n < 2 || n > kMaxCurvePoints) {
    return fuzz::expectRefused(problem, "logSpace", input);
  }
  fuzz::expectAccepted(problem, "logSpace", input);
  FUZZ_CHECK(x.front() == lo && x.back() == hi, "ends %a %a: %s", x.front(),
             x.back(), input.c_str());
  const long double log_lo = std::log(static_cast<long double>(lo));
  const long double span = std::log(static_cast<long double>(hi)) - log_lo;
  for (size_t i = 0; i < n; ++i) {
    FUZZ_CHECK(std::isfinite(x[i]) && x[i] >= lo && x[i] <= hi &&
                   (i == 0 || x[i] >= x[i - 1]),
               "x[%zu] = %s outside [lo, hi] or out of order: %s", i,
               fuzz::show(x[i]).c_str(), input.c_str());
    // lo (hi/lo)^t: the exponent span t carries ~eps |span| (up to ~1500
    // nats between the ends of the doubles), which exp makes relative.
    const long double t = static_cast<long double>(i) / (n - 1);
    const double want = static_cast<double>(std::exp(log_lo + span * t));
    const double relative =
        (4.0 + 4.0 * static_cast<double>(span) +
         (lo < DBL_MIN ? 4.0 * std::fabs(std::log(lo)) : 0.0)) *
        kEps;
    FUZZ_CHECK(fuzz::near(x[i], want, relative * want + 2 * kTiny),
               "x[%zu] = %s, lo (hi/lo)^t = %s: %s", i,
               fuzz::show(x[i]).c_str(), fuzz::show(want).c_str(),
               input.c_str());
  }
}

void checkCounts(fuzz::Bytes& in) {
  double n_max;
  switch (in.byte() % 4) {
    case 0:
      n_max = fuzz::anyDouble(in, 1e6);
      break;
    case 1:
      n_max = std::floor(
          std::ldexp(1.0 + in.u16() / 65536.0, static_cast<int>(in.below(54))));
      break;
    default:
      n_max = 1 + in.below(3000);
      break;
  }
  const size_t slots = in.byte() % 8 == 0 ? in.below(3) : points(in);
  std::vector<double> out(slots, -1.0);
  const std::string input = fuzz::format("nMax %a slots %zu", n_max, slots);
  const auto r = logSpacedCounts(n_max, out);
  if (!(n_max >= 1.0 && n_max <= 9007199254740992.0 &&
        std::floor(n_max) == n_max) ||
      slots < 2 || slots > kMaxCurvePoints) {
    return fuzz::expectRefused(r, "logSpacedCounts", input);
  }
  fuzz::expectAccepted(r, "logSpacedCounts", input);
  const size_t written = r.value();
  FUZZ_CHECK(written >= 1 && written <= slots && written <= n_max &&
                 out[0] == 1.0 && out[written - 1] == n_max,
             "%zu counts, from %a to %a: %s", written, out[0], out[written - 1],
             input.c_str());
  for (size_t i = 1; i < written; ++i) {
    FUZZ_CHECK(
        out[i] > out[i - 1] && std::floor(out[i]) == out[i] && out[i] <= n_max,
        "count[%zu] = %a after %a: %s", i, out[i], out[i - 1], input.c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  switch (in.byte() % 4) {
    case 0:
      checkSurpriseCurve(in);
      break;
    case 1:
      checkBinaryEntropyCurve(in);
      break;
    case 2:
      checkLogSpace(in);
      break;
    default:
      checkCounts(in);
      break;
  }
  return 0;
}
