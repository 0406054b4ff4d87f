#include "distributions.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "random.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

std::optional<InputError> checkCategories(std::span<double> out) {
  if (out.empty() || out.size() > kMaxCategories) {
    return InputError{"K = " + std::to_string(out.size()) +
                      " categories is outside [1, " +
                      std::to_string(kMaxCategories) + "]"};
  }
  return std::nullopt;
}

void fillUniform(std::span<double> out) {
  const double share = 1.0 / static_cast<double>(out.size());
  for (double& x : out) x = share;
}

// Scales `out` (finite entries >= 0) to sum to 1; false if it sums to 0.
bool normalise(std::span<double> out) {
  NeumaierSum sum;
  for (const double x : out) sum.add(x);
  double total = sum.value();
  if (!std::isfinite(total)) {
    // The sum overflowed (counts near 1e308): divide by the largest entry
    // first, after which the sum is at most K.
    const double largest = *std::max_element(out.begin(), out.end());
    NeumaierSum scaled;
    for (double& x : out) scaled.add(x /= largest);
    total = scaled.value();
  }
  if (!(total > 0.0)) return false;
  for (double& x : out) x /= total;
  return true;
}

}  // namespace

std::optional<InputError> uniformDistribution(std::span<double> out) {
  if (auto problem = checkCategories(out)) return problem;
  fillUniform(out);
  return std::nullopt;
}

std::optional<InputError> pointMass(size_t index, std::span<double> out) {
  if (auto problem = checkCategories(out)) return problem;
  if (index >= out.size()) {
    return InputError{"index = " + std::to_string(index) + " is outside [0, " +
                      std::to_string(out.size() - 1) + "]"};
  }
  for (double& x : out) x = 0.0;
  out[index] = 1.0;
  return std::nullopt;
}

std::optional<InputError> randomDistribution(uint64_t seed,
                                             std::span<double> out) {
  if (auto problem = checkCategories(out)) return problem;
  // Normalised Exp(1) draws are Dirichlet(1, ..., 1) (Devroye 1986, XI.4).
  SplitMix64 rng(seed);
  for (double& x : out) x = -std::log(rng.uniformPositive());
  if (!normalise(out)) fillUniform(out);  // all draws 0: cannot happen
  return std::nullopt;
}

std::optional<InputError> setProbability(std::span<const double> p,
                                         size_t index, double value,
                                         std::span<double> out) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (index >= p.size()) {
    return InputError{"index = " + std::to_string(index) + " is outside [0, " +
                      std::to_string(p.size() - 1) + "]"};
  }
  if (auto problem = checkProbability(value, "value")) return problem;
  if (out.size() != p.size()) {
    return InputError{"out and P have different lengths"};
  }
  if (p.size() == 1) {  // the only category always holds everything
    out[0] = 1.0;
    return std::nullopt;
  }
  NeumaierSum others;
  for (size_t i = 0; i < p.size(); ++i) {
    if (i != index) others.add(p[i]);
  }
  const double rest = 1.0 - value;
  const double old_rest = others.value();
  const double share = 1.0 / static_cast<double>(p.size() - 1);
  for (size_t i = 0; i < p.size(); ++i) {
    if (i == index) continue;
    out[i] = old_rest > 0.0 ? rest * (p[i] / old_rest) : rest * share;
  }
  out[index] = value;
  return std::nullopt;
}

std::optional<InputError> empiricalDistribution(std::span<const double> counts,
                                                std::span<double> out) {
  if (auto problem = checkFiniteArray(counts, "counts")) return problem;
  if (out.size() != counts.size()) {
    return InputError{"out and counts have different lengths"};
  }
  for (size_t i = 0; i < counts.size(); ++i) {
    if (counts[i] < 0.0) {
      return InputError{"counts[" + std::to_string(i) +
                        "] = " + formatNumber(counts[i]) + " is negative"};
    }
    out[i] = counts[i];
  }
  if (!normalise(out)) return InputError{"counts are all 0"};
  return std::nullopt;
}

std::optional<InputError> logitsFor(std::span<const double> p, double floor,
                                    std::span<double> out) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (auto problem = checkFinite(floor, "floor")) return problem;
  if (!(floor < 0.0)) {
    return InputError{"floor = " + formatNumber(floor) + " must be negative"};
  }
  if (out.size() != p.size())
    return InputError{"out and P have different lengths"};
  double largest = 0.0;
  for (const double x : p) largest = std::max(largest, x);
  const double top = std::log(largest);
  for (size_t i = 0; i < p.size(); ++i) {
    out[i] = p[i] > 0.0 ? std::max(floor, std::log(p[i]) - top) : floor;
  }
  return std::nullopt;
}

std::optional<InputError> resizeDistribution(std::span<const double> p,
                                             std::span<double> out) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (auto problem = checkCategories(out)) return problem;
  const size_t old_k = p.size(), new_k = out.size();
  if (new_k >= old_k) {
    const double scale =
        static_cast<double>(old_k) / static_cast<double>(new_k);
    for (size_t i = 0; i < old_k; ++i) out[i] = p[i] * scale;
    for (size_t i = old_k; i < new_k; ++i) {
      out[i] = 1.0 / static_cast<double>(new_k);
    }
    return std::nullopt;
  }
  for (size_t i = 0; i < new_k; ++i) out[i] = p[i];
  if (!normalise(out)) fillUniform(out);
  return std::nullopt;
}

}  // namespace infotheory
