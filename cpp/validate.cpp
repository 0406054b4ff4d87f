#include "validate.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "vector_log.hpp"

namespace infotheory {

std::string formatNumber(double x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "Infinity" : "-Infinity";
  // The fewest significant digits, from 15, that read back as x: 0.1, not
  // 0.10000000000000001, yet 1 - 1e-16 is 0.9999999999999999, not "1".
  char buffer[32];
  for (int digits = 15; digits < 17; ++digits) {
    std::snprintf(buffer, sizeof buffer, "%.*g", digits, x);
    if (std::strtod(buffer, nullptr) == x) return buffer;
  }
  std::snprintf(buffer, sizeof buffer, "%.17g", x);
  return buffer;
}

namespace {

std::string indexed(std::string_view name, size_t i) {
  return std::string(name) + "[" + std::to_string(i) + "]";
}

bool isProbability(double x) { return x >= 0.0 && x <= 1.0; }  // NaN fails

// Why x, which failed isProbability, is not a probability. `label` is "p" or
// "P[3]".
InputError probabilityProblem(double x, const std::string& label) {
  if (std::isnan(x)) return InputError{label + " is NaN, not a number"};
  if (std::isinf(x)) {
    return InputError{label + " is " + formatNumber(x) +
                      "; a probability must be finite"};
  }
  if (x < 0.0) {
    return InputError{label + " = " + formatNumber(x) +
                      " is negative; a probability must be in [0, 1]"};
  }
  return InputError{label + " = " + formatNumber(x) +
                    " is greater than 1; a probability must be in [0, 1]"};
}

}  // namespace

std::optional<InputError> checkProbability(double p, std::string_view name) {
  if (isProbability(p)) return std::nullopt;
  return probabilityProblem(p, std::string(name));
}

std::optional<InputError> checkFinite(double x, std::string_view name) {
  if (std::isnan(x))
    return InputError{std::string(name) + " is NaN, not a number"};
  if (std::isinf(x)) {
    return InputError{std::string(name) + " is " + formatNumber(x) +
                      "; it must be finite"};
  }
  return std::nullopt;
}

std::optional<InputError> checkPositive(double x, std::string_view name) {
  if (auto problem = checkFinite(x, name)) return problem;
  if (x > 0.0) return std::nullopt;
  return InputError{std::string(name) + " = " + formatNumber(x) +
                    " must be positive"};
}

std::optional<InputError> checkFiniteArray(std::span<const double> xs,
                                           std::string_view name) {
  if (xs.empty()) return InputError{std::string(name) + " is empty"};
  if (xs.size() > kMaxCategories) {
    return InputError{std::string(name) + " has " + std::to_string(xs.size()) +
                      " entries; at most " + std::to_string(kMaxCategories) +
                      " are allowed"};
  }
  for (size_t i = 0; i < xs.size(); ++i) {
    if (!std::isfinite(xs[i])) return checkFinite(xs[i], indexed(name, i));
  }
  return std::nullopt;
}

std::optional<InputError> checkDistribution(std::span<const double> p,
                                            std::string_view name) {
  if (p.empty()) {
    return InputError{std::string(name) +
                      " is empty; a distribution needs at least one category"};
  }
  if (p.size() > kMaxCategories) {
    return InputError{std::string(name) + " has " + std::to_string(p.size()) +
                      " categories; at most " + std::to_string(kMaxCategories) +
                      " are allowed"};
  }
  // One pass, four entries at a time: Neumaier sums (four lanes) and the
  // smallest and largest entry. NaN and +-infinity make the sum NaN or
  // infinite, so any entry outside [0, 1] shows at the end; only then is P
  // searched again for the first such entry, the one the message names.
  simd::Sum4 total;
  simd::D4 lowest = simd::Lanes<simd::D4>::splat(0.0), highest = lowest;
  const size_t n = p.size();
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const simd::D4 x = simd::load4(&p[i]);
    total.add(x);
    lowest = simd::pmin(lowest, x);
    highest = simd::pmax(highest, x);
  }
  if (i < n) {  // the last one to three entries, padded with 0
    const simd::D4 x = simd::tail4(&p[i], n - i, 0.0);
    total.add(x);
    lowest = simd::pmin(lowest, x);
    highest = simd::pmax(highest, x);
  }
  const double sum = total.value();
  if (!std::isfinite(sum) ||
      simd::anyTrue(lowest < simd::Lanes<simd::D4>::splat(0.0)) ||
      simd::anyTrue(highest > simd::Lanes<simd::D4>::splat(1.0))) {
    for (size_t j = 0; j < n; ++j) {
      // The label is built only on failure.
      if (!isProbability(p[j])) {
        return probabilityProblem(p[j], indexed(name, j));
      }
    }
  }
  if (!(std::fabs(sum - 1.0) <= kSumTolerance)) {
    return InputError{std::string(name) + " sums to " + formatNumber(sum) +
                      ", not 1 (allowed error " + formatNumber(kSumTolerance) +
                      "); it is not renormalised for you"};
  }
  return std::nullopt;
}

std::optional<InputError> checkPair(std::span<const double> p,
                                    std::string_view p_name,
                                    std::span<const double> q,
                                    std::string_view q_name) {
  if (auto problem = checkDistribution(p, p_name)) return problem;
  if (auto problem = checkDistribution(q, q_name)) return problem;
  if (p.size() != q.size()) {
    return InputError{std::string(p_name) + " and " + std::string(q_name) +
                      " have different lengths (" + std::to_string(p.size()) +
                      " and " + std::to_string(q.size()) +
                      "); they must be over the same categories"};
  }
  return std::nullopt;
}

}  // namespace infotheory
