// Drawing from a categorical distribution with a seeded generator
// (SplitMix64, random.hpp), for the maximum-likelihood demonstration: the
// same seed gives the same draws natively and in the browser.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// Most draws one call may make.
inline constexpr uint64_t kMaxDraws = 10000000;

// Counts of n draws from P: counts[i] = how many draws fell on category i.
// counts.size() == p.size(). Checked: P a distribution (validate.hpp),
// n <= kMaxDraws.
std::optional<InputError> sampleCounts(std::span<const double> p, uint64_t n,
                                       uint64_t seed, std::span<double> counts);

// Draw x_1, x_2, ... from P and report, at each checkpoint n (non-decreasing
// whole numbers in [1, kMaxDraws]), the average negative log-likelihood of
// the model Q over the first n draws, -(1/n) sum log Q(x_t), in `units`.
// It converges to H(P, Q) as n grows; +infinity once a draw lands where Q
// is 0. out.size() == checkpoints.size(). The draws are those of
// sampleCounts with the same seed.
std::optional<InputError> nllConvergence(std::span<const double> p,
                                         std::span<const double> q,
                                         uint64_t seed,
                                         std::span<const double> checkpoints,
                                         Units units, std::span<double> out);

// The first n draws themselves (category indices, as doubles), in the
// order sampleCounts and nllConvergence make them with the same seed:
// out.size() == n, n <= kMaxDraws. Checked: P a distribution.
std::optional<InputError> drawOutcomes(std::span<const double> p, uint64_t seed,
                                       std::span<double> out);

}  // namespace infotheory
