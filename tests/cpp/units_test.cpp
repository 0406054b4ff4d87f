#include "units.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace infotheory {
namespace {

TEST(Units, OneBitIsLn2Nats) {
  EXPECT_DOUBLE_EQ(convertInformation(1.0, Units::kBits, Units::kNats).value(),
                   std::log(2.0));
  EXPECT_DOUBLE_EQ(
      convertInformation(std::log(2.0), Units::kNats, Units::kBits).value(),
      1.0);
}

TEST(Units, SameUnitsLeaveTheAmountAsItIs) {
  EXPECT_EQ(convertInformation(0.1, Units::kNats, Units::kNats).value(), 0.1);
  EXPECT_EQ(convertInformation(0.1, Units::kBits, Units::kBits).value(), 0.1);
}

TEST(Units, InfiniteAndNegativeAmountsConvert) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(convertInformation(inf, Units::kNats, Units::kBits).value(), inf);
  EXPECT_LT(convertInformation(-0.5, Units::kBits, Units::kNats).value(), 0.0);
}

TEST(Units, NaNIsRefused) {
  const auto r = convertInformation(std::nan(""), Units::kNats, Units::kBits);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error(), "amount is NaN, not a number");
}

TEST(Units, ConversionRoundTripsWithinOneRounding) {
  for (double x : {1e-300, 0.02, 1.0, 3.7, 1e300}) {
    const double there =
        convertInformation(x, Units::kNats, Units::kBits).value();
    const double back =
        convertInformation(there, Units::kBits, Units::kNats).value();
    EXPECT_NEAR(back, x, 4 * std::numeric_limits<double>::epsilon() * x);
  }
}

}  // namespace
}  // namespace infotheory
