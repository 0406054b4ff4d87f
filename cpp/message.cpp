#include "message.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "random.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

std::optional<InputError> sampleMessage(std::span<const double> p,
                                        uint64_t seed,
                                        std::span<double> symbols) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (symbols.empty() || symbols.size() > kMaxMessageSymbols) {
    return InputError{"a message has " + std::to_string(symbols.size()) +
                      " symbols; it must have 1 to " +
                      std::to_string(kMaxMessageSymbols)};
  }
  // Inverse CDF on compensated running sums; a zero category gets an empty
  // interval, and the last category with mass takes what rounding leaves.
  std::vector<double> cumulative(p.size());
  NeumaierSum sum;
  double previous = 0.0;
  size_t last_positive = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    sum.add(p[i]);
    const double c = p[i] > 0.0 ? std::max(sum.value(), previous) : previous;
    cumulative[i] = c;
    previous = c;
    if (p[i] > 0.0) last_positive = i;
  }
  SplitMix64 rng(seed);
  for (double& symbol : symbols) {
    const double u = static_cast<double>(rng.next() >> 11) * 0x1.0p-53;
    const auto it =
        std::upper_bound(cumulative.begin(), cumulative.end(), u * previous);
    const auto i = static_cast<size_t>(it - cumulative.begin());
    symbol = static_cast<double>(std::min(i, last_positive));
  }
  return std::nullopt;
}

Result<double> messageLength(std::span<const double> lengths,
                             std::span<const double> symbols) {
  for (size_t i = 0; i < lengths.size(); ++i) {
    if (std::isnan(lengths[i]) || lengths[i] < 0.0) {
      return InputError{"lengths[" + std::to_string(i) +
                        "] must be a number of digits >= 0"};
    }
  }
  NeumaierSum total;
  for (size_t t = 0; t < symbols.size(); ++t) {
    const double s = symbols[t];
    if (!(s >= 0.0) || s != std::floor(s) ||
        s >= static_cast<double>(lengths.size())) {
      return InputError{"symbols[" + std::to_string(t) +
                        "] is not a symbol of the code (0 to " +
                        std::to_string(lengths.size()) + " - 1)"};
    }
    total.add(lengths[static_cast<size_t>(s)]);
  }
  return total.value();
}

}  // namespace infotheory
