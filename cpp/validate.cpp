#include "validate.hpp"

#include <cmath>
#include <cstdio>

#include "summation.hpp"

namespace infotheory {

std::string formatNumber(double x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "Infinity" : "-Infinity";
  // 15 significant digits read well (0.1, not 0.10000000000000001) and
  // still distinguish a sum of 1.000000002 from 1.
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", x);
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
  NeumaierSum total;
  for (size_t i = 0; i < p.size(); ++i) {
    // The label is built only on failure: this loop runs over 10^6 entries.
    if (!isProbability(p[i])) return probabilityProblem(p[i], indexed(name, i));
    total.add(p[i]);
  }
  const double sum = total.value();
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
