// Input checks shared by every kernel. Nothing is renormalised or clamped
// silently: invalid input is refused with a message naming argument and index.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "result.hpp"

namespace infotheory {

// Most categories a distribution may have: 10^7 doubles are 80 MB, and the
// wasm heap holds a few such copies.
inline constexpr size_t kMaxCategories = 10000000;

// A distribution may miss 1 by this much (rounding in the caller's arithmetic).
inline constexpr double kSumTolerance = 1e-9;

// Shortest readable form of a number for messages ("0.1", "NaN", "-Infinity").
std::string formatNumber(double x);

// p must be a finite number in [0, 1].
std::optional<InputError> checkProbability(double p, std::string_view name);

// x must be finite (any sign).
std::optional<InputError> checkFinite(double x, std::string_view name);

// x must be finite and > 0 ("sigma = 0 must be positive").
std::optional<InputError> checkPositive(double x, std::string_view name);

// xs must be non-empty, at most kMaxCategories long, every entry finite
// ("logits[2] is NaN, not a number").
std::optional<InputError> checkFiniteArray(std::span<const double> xs,
                                           std::string_view name);

// P must be non-empty, at most kMaxCategories long, every entry finite in [0,
// 1], and sum to 1 within kSumTolerance (summed with compensation).
std::optional<InputError> checkDistribution(std::span<const double> p,
                                            std::string_view name);

// Both distributions valid and of equal length.
std::optional<InputError> checkPair(std::span<const double> p,
                                    std::string_view p_name,
                                    std::span<const double> q,
                                    std::string_view q_name);

}  // namespace infotheory
