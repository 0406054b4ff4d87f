#include "message.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "categorical.hpp"
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
  const Categorical categorical(p);
  SplitMix64 rng(seed);
  for (double& symbol : symbols) {
    symbol = static_cast<double>(categorical.draw(rng));
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
