#include "curves.hpp"

#include <cmath>
#include <string>

#include "binary_entropy.hpp"
#include "surprise.hpp"
#include "validate.hpp"

namespace infotheory {

std::optional<InputError> checkCurveSpans(std::span<double> x,
                                          std::span<double> y) {
  if (x.size() != y.size()) {
    return InputError{"x and y have different lengths"};
  }
  if (x.size() < kMinCurvePoints || x.size() > kMaxCurvePoints) {
    return InputError{"n = " + std::to_string(x.size()) +
                      " points is outside [" + std::to_string(kMinCurvePoints) +
                      ", " + std::to_string(kMaxCurvePoints) + "]"};
  }
  return std::nullopt;
}

std::optional<InputError> checkGridEnds(double lo, std::string_view lo_name,
                                        double hi, std::string_view hi_name) {
  if (auto problem = checkFinite(lo, lo_name)) return problem;
  if (auto problem = checkFinite(hi, hi_name)) return problem;
  if (!(lo < hi) || !std::isfinite(hi - lo)) {
    return InputError{std::string(lo_name) + " = " + formatNumber(lo) +
                      " must be below " + std::string(hi_name) + " = " +
                      formatNumber(hi) + (lo < hi ? " by a finite width" : "")};
  }
  return std::nullopt;
}

std::optional<InputError> surpriseCurve(double max_nats, Units units,
                                        std::span<double> x,
                                        std::span<double> y) {
  if (auto problem = checkCurveSpans(x, y)) return problem;
  if (auto problem = checkFinite(max_nats, "maxNats")) return problem;
  if (!(max_nats > 0.0 && max_nats <= 700.0)) {
    return InputError{"maxNats = " + formatNumber(max_nats) +
                      " is outside (0, 700]"};
  }
  const size_t n = x.size();
  const size_t steep = n / 2;     // evenly spaced in I: p = exp(-I)
  const size_t flat = n - steep;  // evenly spaced in p, strictly inside
  const double p_low = std::exp(-max_nats);
  // Merge the two ascending sequences. Steep points, ascending in p, are
  // p = exp(-max_nats * (steep - 1 - k) / (steep - 1)), k = 0..steep-1.
  size_t k = 0, j = 1, out = 0;
  auto steep_p = [&](size_t i) {
    return std::exp(-max_nats * static_cast<double>(steep - 1 - i) /
                    static_cast<double>(steep - 1));
  };
  auto flat_p = [&](size_t i) {
    return p_low + (1.0 - p_low) * static_cast<double>(i) /
                       static_cast<double>(flat + 1);
  };
  while (out < n) {
    double p;
    if (k < steep && (j > flat || steep_p(k) <= flat_p(j))) {
      p = steep_p(k++);
    } else {
      p = flat_p(j++);
    }
    x[out] = p;
    y[out] = inUnits(surpriseNats(p), units);
    ++out;
  }
  return std::nullopt;
}

std::optional<InputError> binaryEntropyCurve(Units units, std::span<double> x,
                                             std::span<double> y) {
  if (auto problem = checkCurveSpans(x, y)) return problem;
  const size_t n = x.size();
  for (size_t i = 0; i < n; ++i) {
    const double p = static_cast<double>(i) / static_cast<double>(n - 1);
    x[i] = p;
    y[i] = inUnits(binaryEntropyNats(p), units);
  }
  return std::nullopt;
}

std::optional<InputError> logSpace(double lo, double hi, std::span<double> x) {
  if (x.size() < 2 || x.size() > kMaxCurvePoints) {
    return InputError{"n = " + std::to_string(x.size()) +
                      " points is outside [2, " +
                      std::to_string(kMaxCurvePoints) + "]"};
  }
  if (auto problem = checkPositive(lo, "lo")) return problem;
  if (auto problem = checkPositive(hi, "hi")) return problem;
  if (!(lo < hi)) {
    return InputError{"lo = " + formatNumber(lo) +
                      " must be below hi = " + formatNumber(hi)};
  }
  const size_t n = x.size();
  const double ratio = hi / lo;
  // Ends more than the doubles' range apart (1e-300 and 1e300, or a
  // subnormal lo): hi / lo and exp(span t) would overflow, so the points
  // are taken from the logs of the ends instead.
  const bool wide = !std::isfinite(ratio);
  const double log_lo = wide ? std::log(lo) : 0.0;
  const double span = wide ? std::log(hi) - log_lo : std::log(ratio);
  for (size_t i = 0; i < n; ++i) {
    const double step =
        span * static_cast<double>(i) / static_cast<double>(n - 1);
    x[i] = wide ? std::exp(log_lo + step) : lo * std::exp(step);
  }
  x.front() = lo;
  x.back() = hi;
  return std::nullopt;
}

Result<size_t> logSpacedCounts(double n_max, std::span<double> out) {
  if (out.size() < 2 || out.size() > kMaxCurvePoints) {
    return InputError{"count = " + std::to_string(out.size()) +
                      " is outside [2, " + std::to_string(kMaxCurvePoints) +
                      "]"};
  }
  if (!(n_max >= 1.0 && n_max <= 9007199254740992.0) ||
      std::floor(n_max) != n_max) {
    return InputError{"nMax = " + formatNumber(n_max) +
                      " is not a whole number of at least 1"};
  }
  const double span = std::log(n_max);
  const size_t slots = out.size();
  size_t written = 0;
  double last = 0.0;
  for (size_t i = 0; i < slots; ++i) {
    const double t = static_cast<double>(i) / static_cast<double>(slots - 1);
    double n = i + 1 == slots ? n_max : std::round(std::exp(span * t));
    if (n <= last) continue;  // rounding collapsed two small counts into one
    out[written++] = n;
    last = n;
  }
  return written;
}

}  // namespace infotheory
