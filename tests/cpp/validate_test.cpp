#include "validate.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace infotheory {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::string problem(const std::vector<double>& p) {
  const auto e = checkDistribution(p, "P");
  return e ? e->message : "";
}

TEST(Validate, AcceptsDistributions) {
  EXPECT_EQ(problem({1.0}), "");
  EXPECT_EQ(problem({0.1, 0.2, 0.7}), "");
  EXPECT_EQ(problem({0.0, 1.0}), "");
  EXPECT_EQ(problem({5e-324, 1.0}), "");  // a subnormal is a probability
  EXPECT_EQ(problem({0.5, 0.5 + 9e-10}), "");
}

TEST(Validate, NamesTheArgumentAndIndex) {
  EXPECT_EQ(problem({0.5, std::nan(""), 0.5}), "P[1] is NaN, not a number");
  EXPECT_EQ(problem({0.5, kInf}),
            "P[1] is Infinity; a probability must be finite");
  EXPECT_EQ(problem({-kInf, 1.0}),
            "P[0] is -Infinity; a probability must be finite");
  EXPECT_EQ(problem({0.5, 0.6, -0.1}),
            "P[2] = -0.1 is negative; a probability must be in [0, 1]");
  EXPECT_EQ(problem({}),
            "P is empty; a distribution needs at least one category");
}

TEST(Validate, RefusesASumOffOneByMoreThan1e9) {
  EXPECT_EQ(problem({0.5, 0.4}),
            "P sums to 0.9, not 1 (allowed error 1e-09); it is not "
            "renormalised for you");
  EXPECT_NE(problem({0.5, 0.5 + 2e-9}), "");
  EXPECT_NE(problem({0.5, 0.5 - 2e-9}), "");
}

TEST(Validate, RefusesMoreThanTheMaximumNumberOfCategories) {
  std::vector<double> p(kMaxCategories + 1, 0.0);
  p[0] = 1.0;
  EXPECT_EQ(problem(p),
            "P has 10000001 categories; at most 10000000 are allowed");
  p.pop_back();
  EXPECT_EQ(problem(p), "");
}

TEST(Validate, PairsMustHaveEqualLengths) {
  const std::vector<double> p = {0.5, 0.5}, q = {1.0};
  EXPECT_EQ(checkPair(p, "P", q, "Q")->message,
            "P and Q have different lengths (2 and 1); they must be over the "
            "same categories");
}

TEST(Validate, PositiveAndFiniteArrays) {
  EXPECT_FALSE(checkPositive(1e-300, "sigma"));
  EXPECT_EQ(checkPositive(0.0, "sigma")->message, "sigma = 0 must be positive");
  EXPECT_EQ(checkPositive(-kInf, "sigma")->message,
            "sigma is -Infinity; it must be finite");
  const std::vector<double> ok = {-1e4, 0.0, 1e4};
  EXPECT_FALSE(checkFiniteArray(ok, "logits"));
  const std::vector<double> bad = {0.0, 1.0, std::nan("")};
  EXPECT_EQ(checkFiniteArray(bad, "logits")->message,
            "logits[2] is NaN, not a number");
  EXPECT_EQ(checkFiniteArray({}, "logits")->message, "logits is empty");
}

TEST(Validate, FormatsNumbersReadably) {
  EXPECT_EQ(formatNumber(0.1), "0.1");
  EXPECT_EQ(formatNumber(1.000000002), "1.000000002");
  EXPECT_EQ(formatNumber(-kInf), "-Infinity");
}

}  // namespace
}  // namespace infotheory
