#include "temperature.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "entropy.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

std::optional<InputError> checkTemperature(double t, const std::string& name) {
  if (auto problem = checkFinite(t, name)) return problem;
  if (!(t >= kMinTemperature && t <= kMaxTemperature)) {
    return InputError{name + " = " + formatNumber(t) + " is outside [" +
                      formatNumber(kMinTemperature) + ", " +
                      formatNumber(kMaxTemperature) + "]"};
  }
  return std::nullopt;
}

// P_T for a checked P and T. p and out may be the same array.
void temperInto(std::span<const double> p, double t, std::span<double> out) {
  const double p_max = *std::max_element(p.begin(), p.end());
  const double log_p_max = std::log(p_max);
  NeumaierSum total;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == 0.0) {
      out[i] = 0.0;
      continue;
    }
    // exp((log p_i - log p_max) / T) as (p_i / p_max)^(1/T): one rounding
    // of the ratio instead of two rounded logs, so T = 1 gives p_i / p_max
    // exactly, where the exp-log form is off by ~|log ratio| ulps. Entries
    // tied at the top get weight exactly 1: the sum is >= 1 and cannot
    // underflow. A subnormal ratio, itself rounded coarsely, goes via logs.
    const double ratio = p[i] / p_max;
    out[i] = ratio >= DBL_MIN ? std::pow(ratio, 1.0 / t)
                              : std::exp((std::log(p[i]) - log_p_max) / t);
    total.add(out[i]);
  }
  const double sum = total.value();
  for (double& x : out) x /= sum;
}

}  // namespace

std::optional<InputError> temper(std::span<const double> p, double t,
                                 std::span<double> out) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (auto problem = checkTemperature(t, "T")) return problem;
  if (out.size() != p.size()) {
    return InputError{"out and P have different lengths (" +
                      std::to_string(out.size()) + " and " +
                      std::to_string(p.size()) + ")"};
  }
  temperInto(p, t, out);
  return std::nullopt;
}

std::optional<InputError> entropyAlongTemperature(
    std::span<const double> p, std::span<const double> temperatures,
    Units units, std::span<double> out) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (auto problem = checkFiniteArray(temperatures, "temperatures")) {
    return problem;
  }
  for (size_t i = 0; i < temperatures.size(); ++i) {
    const double t = temperatures[i];
    if (t >= kMinTemperature && t <= kMaxTemperature) continue;
    // The label is built only on failure.
    return checkTemperature(t, "temperatures[" + std::to_string(i) + "]");
  }
  if (out.size() != temperatures.size()) {
    return InputError{"out and temperatures have different lengths (" +
                      std::to_string(out.size()) + " and " +
                      std::to_string(temperatures.size()) + ")"};
  }
  std::vector<double> tempered(p.size());
  for (size_t i = 0; i < temperatures.size(); ++i) {
    temperInto(p, temperatures[i], tempered);
    out[i] = inUnits(entropyNats(tempered), units);
  }
  return std::nullopt;
}

}  // namespace infotheory
