// Information is computed in nats; bits are nats divided by ln 2.
#pragma once

namespace infotheory {

enum class Units { kNats, kBits };

// log2(e) = 1/ln 2, correctly rounded.
inline constexpr double kLog2E = 1.4426950408889634074;

inline double inUnits(double nats, Units units) {
  return units == Units::kBits ? nats * kLog2E : nats;
}

}  // namespace infotheory
