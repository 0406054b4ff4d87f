// Tempering a distribution: P_T proportional to P^(1/T). T < 1 sharpens it
// towards a point mass on its largest entries, T > 1 flattens it towards the
// uniform over its support; T = 1 leaves it unchanged.
#pragma once

#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// Smallest and largest temperature accepted.
inline constexpr double kMinTemperature = 1e-3;
inline constexpr double kMaxTemperature = 1e3;

// P_T, computed as (p_i / max p)^(1/T), then normalised: exact at T = 1,
// and the largest entry is 1 before normalising, so no power underflows to
// an all-zero vector. Zeros of P stay 0; ties share equally as T -> 0. Checked:
// P a distribution, T finite in [kMinTemperature, kMaxTemperature] ("T = 0 is
// outside [0.001, 1000]"). out.size() == p.size().
std::optional<InputError> temper(std::span<const double> p, double t,
                                 std::span<double> out);

// H(P_T) at each T in `temperatures`: the path from H = 0 (point mass) to
// H = log |support| (uniform). out.size() == temperatures.size().
std::optional<InputError> entropyAlongTemperature(
    std::span<const double> p, std::span<const double> temperatures,
    Units units, std::span<double> out);

}  // namespace infotheory
