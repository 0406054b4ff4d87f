#include "units.hpp"

#include <cmath>
#include <string>

namespace infotheory {

Result<double> convertInformation(double amount, Units from, Units to) {
  if (std::isnan(amount)) return InputError{"amount is NaN, not a number"};
  if (from == to) return amount;
  // A bit is ln 2 nats: multiply by log2(e) one way, by ln 2 the other.
  return to == Units::kBits ? amount * kLog2E : amount * kLn2;
}

}  // namespace infotheory
