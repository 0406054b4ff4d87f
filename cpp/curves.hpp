// Whole chart series in one call: the caller passes spans for x and y, and
// their common length is the number of points.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// Smallest and largest number of points a curve may have.
inline constexpr size_t kMinCurvePoints = 4;
inline constexpr size_t kMaxCurvePoints = 100000;

// Smallest and largest number of points on each side of a KL landscape, the
// grid of klLandscape (kl_landscape.hpp): "nMu = 401 is outside [2, 400]".
inline constexpr size_t kMinLandscapeSide = 2;
inline constexpr size_t kMaxLandscapeSide = 400;

// x and y of equal length, kMinCurvePoints..kMaxCurvePoints long: every
// curve sampler's first check ("n = 3 points is outside [4, 100000]").
std::optional<InputError> checkCurveSpans(std::span<double> x,
                                          std::span<double> y);

// The ends of a grid: both finite, lo < hi, and hi - lo finite. Messages
// name them ("muLo = 1 must be below muHi = -1").
std::optional<InputError> checkGridEnds(double lo, std::string_view lo_name,
                                        double hi, std::string_view hi_name);

// The i-th of n points evenly spaced on [lo, hi], both ends exact.
inline double gridPoint(double lo, double hi, size_t i, size_t n) {
  if (i + 1 == n) return hi;
  return lo + (hi - lo) * static_cast<double>(i) / static_cast<double>(n - 1);
}

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

// x.size() points from lo to hi (both > 0, lo < hi), evenly spaced in log:
// lo * (hi/lo)^(i/(n-1)), with both ends exact. For log-scale chart axes.
std::optional<InputError> logSpace(double lo, double hi, std::span<double> x);

// Up to out.size() distinct whole numbers from 1 to n_max (both included),
// ascending and roughly evenly spaced in log: sample sizes at which to plot
// a running average. Returns how many were written (fewer when n_max is
// small). Checked: n_max >= 1 whole, out.size() >= 2.
Result<size_t> logSpacedCounts(double n_max, std::span<double> out);

}  // namespace infotheory
