// Information is computed in nats; bits are nats divided by ln 2.
#pragma once

#include "result.hpp"

namespace infotheory {

enum class Units { kNats, kBits };

// log2(e) = 1/ln 2, correctly rounded.
inline constexpr double kLog2E = 1.4426950408889634074;

// ln 2, correctly rounded.
inline constexpr double kLn2 = 0.69314718055994530942;

inline double inUnits(double nats, Units units) {
  return units == Units::kBits ? nats * kLog2E : nats;
}

// An amount of information (finite or infinite, of either sign) given in
// `from`, expressed in `to`; NaN is refused.
Result<double> convertInformation(double amount, Units from, Units to);

}  // namespace infotheory
