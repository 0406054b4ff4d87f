// Building and editing distributions for the page's presets and drag
// handles. Every function writes a distribution that sums to 1 (to
// rounding) into `out`, whose length is the number of categories.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "result.hpp"
#include "validate.hpp"

namespace infotheory {

// 1/K everywhere.
std::optional<InputError> uniformDistribution(std::span<double> out);

// All mass on category `index`.
std::optional<InputError> pointMass(size_t index, std::span<double> out);

// A draw from the flat Dirichlet(1, ..., 1): uniform over the simplex.
// The same seed gives the same distribution on every platform.
std::optional<InputError> randomDistribution(uint64_t seed,
                                             std::span<double> out);

// P with category `index` set to `value`; the other categories share the
// rest, 1 - value, in their old proportions (equally if they were all 0).
std::optional<InputError> setProbability(std::span<const double> p,
                                         size_t index, double value,
                                         std::span<double> out);

// The empirical distribution of observed counts: counts / total. Checked:
// counts non-empty, finite, >= 0, with a positive total; out as long.
std::optional<InputError> empiricalDistribution(std::span<const double> counts,
                                                std::span<double> out);

// Logits whose softmax is P (as nearly as the floor allows): log P_i minus
// the largest log P_j, so the largest logit is 0, and never below `floor`
// (a negative number; a zero probability gets the floor). Checked: P a
// distribution, floor finite and < 0.
std::optional<InputError> logitsFor(std::span<const double> p, double floor,
                                    std::span<double> out);

// P moved to out.size() categories. Growing keeps the old shape, scaled by
// K_old / K_new, and gives each new category 1 / K_new. Shrinking drops the
// last categories and rescales the rest (uniform if nothing is left).
std::optional<InputError> resizeDistribution(std::span<const double> p,
                                             std::span<double> out);

}  // namespace infotheory
