#include "sampling.hpp"

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

namespace {

std::optional<InputError> checkDrawCount(uint64_t n) {
  if (n > kMaxDraws) {
    return InputError{"n = " + std::to_string(n) + " is outside [0, " +
                      std::to_string(kMaxDraws) + "]"};
  }
  return std::nullopt;
}

// Ascending (repeats allowed) whole numbers in [1, kMaxDraws].
std::optional<InputError> checkCheckpoints(std::span<const double> c) {
  if (auto problem = checkFiniteArray(c, "checkpoints")) return problem;
  const auto label = [](size_t i) {
    return "checkpoints[" + std::to_string(i) + "] = ";
  };
  for (size_t i = 0; i < c.size(); ++i) {
    if (!(c[i] >= 1.0 && c[i] <= static_cast<double>(kMaxDraws))) {
      return InputError{label(i) + formatNumber(c[i]) + " is outside [1, " +
                        std::to_string(kMaxDraws) + "]"};
    }
    if (c[i] != std::floor(c[i])) {
      return InputError{label(i) + formatNumber(c[i]) +
                        " is not a whole number of draws"};
    }
    if (i > 0 && c[i] < c[i - 1]) {
      return InputError{label(i) + formatNumber(c[i]) + " is smaller than " +
                        label(i - 1) + formatNumber(c[i - 1]) +
                        "; checkpoints must be ascending"};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<InputError> sampleCounts(std::span<const double> p, uint64_t n,
                                       uint64_t seed,
                                       std::span<double> counts) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (auto problem = checkDrawCount(n)) return problem;
  if (counts.size() != p.size()) {
    return InputError{"counts and P have different lengths (" +
                      std::to_string(counts.size()) + " and " +
                      std::to_string(p.size()) + ")"};
  }
  const Categorical categorical(p);
  SplitMix64 rng(seed);
  for (double& c : counts) c = 0.0;
  // Counts up to kMaxDraws < 2^53 are exact in a double.
  for (uint64_t t = 0; t < n; ++t) counts[categorical.draw(rng)] += 1.0;
  return std::nullopt;
}

std::optional<InputError> nllConvergence(std::span<const double> p,
                                         std::span<const double> q,
                                         uint64_t seed,
                                         std::span<const double> checkpoints,
                                         Units units, std::span<double> out) {
  if (auto problem = checkPair(p, "P", q, "Q")) return problem;
  if (auto problem = checkCheckpoints(checkpoints)) return problem;
  if (out.size() != checkpoints.size()) {
    return InputError{"out and checkpoints have different lengths (" +
                      std::to_string(out.size()) + " and " +
                      std::to_string(checkpoints.size()) + ")"};
  }
  // The same generator, seed and draw order as sampleCounts, so the first n
  // draws here are the ones sampleCounts(p, n, seed) counts.
  const Categorical categorical(p);
  SplitMix64 rng(seed);
  NeumaierSum surprise;  // sum of -log Q(x_t)
  bool impossible = false;
  uint64_t drawn = 0;
  for (size_t j = 0; j < checkpoints.size(); ++j) {
    const auto n = static_cast<uint64_t>(checkpoints[j]);
    // Once a draw has probability 0 under Q, every later average is
    // +infinity: no need to draw further.
    for (; drawn < n && !impossible; ++drawn) {
      const double qx = q[categorical.draw(rng)];
      if (qx == 0.0) {
        impossible = true;
      } else {
        surprise.add(-std::log(qx));
      }
    }
    out[j] = impossible
                 ? std::numeric_limits<double>::infinity()
                 : inUnits(surprise.value() / static_cast<double>(n), units);
  }
  return std::nullopt;
}

std::optional<InputError> drawOutcomes(std::span<const double> p, uint64_t seed,
                                       std::span<double> out) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (auto problem = checkDrawCount(out.size())) return problem;
  const Categorical categorical(p);
  SplitMix64 rng(seed);
  for (double& x : out) x = static_cast<double>(categorical.draw(rng));
  return std::nullopt;
}

}  // namespace infotheory
