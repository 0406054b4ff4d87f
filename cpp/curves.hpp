// Whole chart series in one call: the caller passes spans for x and y, and
// their common length is the number of points.
#pragma once

#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// Smallest and largest number of points a curve may have.
inline constexpr size_t kMinCurvePoints = 4;
inline constexpr size_t kMaxCurvePoints = 100000;

// I(p) = -log p for p from exp(-max_nats) (where I reaches the top of the
// chart, max_nats) up to 1, ascending. Half the points are spaced evenly in
// I (the steep part near p = 0), half evenly in p (the flat part), so the
// polyline looks smooth everywhere.
std::optional<InputError> surpriseCurve(double max_nats, Units units,
                                        std::span<double> x,
                                        std::span<double> y);

// H(p) for p = i / (n - 1), i = 0..n-1: both ends and (for odd n) the peak at
// p = 1/2 are sampled exactly.
std::optional<InputError> binaryEntropyCurve(Units units, std::span<double> x,
                                             std::span<double> y);

}  // namespace infotheory
