#include "prefix_code.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "message.hpp"
#include "random_distributions.hpp"

namespace infotheory {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The smallest whole l with 2^-l <= q, by doubling: independent of frexp.
double lengthByDoubling(double q) {
  double l = 0.0;
  long double power = 1.0L;
  while (power > static_cast<long double>(q)) {
    power /= 2.0L;
    l += 1.0;
  }
  return l;
}

// H(P, Q) in bits, plainly (the test's own sum).
double crossEntropyBits(const std::vector<double>& p,
                        const std::vector<double>& q) {
  long double h = 0.0L;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] > 0.0) h -= p[i] * std::log2(static_cast<long double>(q[i]));
  }
  return static_cast<double>(h);
}

bool isPrefixOf(const std::string& a, const std::string& b) {
  return a.size() <= b.size() && b.compare(0, a.size(), a) == 0;
}

TEST(PrefixCode, ShannonLengthIsTheIdealLengthRoundedUp) {
  for (double q : {1.0, 0.5, 0.25, 0.125, 0.3, 0.26, 0.2499999999999,
                   0.5000000001, 1e-300, 5e-324, 0.9999999999}) {
    EXPECT_EQ(shannonLength(q), lengthByDoubling(q)) << q;
  }
  EXPECT_EQ(shannonLength(0.0), kInf);
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int i = 0; i < 10000; ++i) {
    const double q = std::pow(unit(rng), 8.0);
    if (q == 0.0) continue;
    EXPECT_EQ(shannonLength(q), lengthByDoubling(q)) << q;
  }
}

TEST(PrefixCode, DyadicModelGetsItsIdealLengthsAndCanonicalCodewords) {
  const auto code = shannonCode(std::vector<double>{0.5, 0.25, 0.125, 0.125});
  ASSERT_TRUE(code.ok());
  EXPECT_EQ(code.value().lengths, (std::vector<double>{1, 2, 3, 3}));
  EXPECT_EQ(code.value().codewords,
            (std::vector<std::string>{"0", "10", "110", "111"}));
  EXPECT_EQ(code.value().kraftSum, 1.0);
}

TEST(PrefixCode, ShannonCodeIsPrefixFreeWithKraftSumAtMostOne) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 2000; ++trial) {
    const size_t k = 2 + trial % 9;
    const auto q = testing::randomDistribution(rng, k, trial % 3 == 0);
    const auto result = shannonCode(q);
    ASSERT_TRUE(result.ok()) << result.error();
    const auto& code = result.value();
    long double kraft = 0.0L;
    for (size_t i = 0; i < k; ++i) {
      if (q[i] == 0.0) {
        EXPECT_EQ(code.lengths[i], kInf);
        EXPECT_EQ(code.codewords[i], "");
        continue;
      }
      EXPECT_EQ(code.lengths[i], lengthByDoubling(q[i]));
      EXPECT_EQ(code.codewords[i].size(), code.lengths[i]);
      EXPECT_EQ(code.codewords[i].find_first_not_of("01"), std::string::npos);
      kraft += std::pow(2.0L, -static_cast<long double>(code.lengths[i]));
      for (size_t j = 0; j < k; ++j) {
        if (j == i || q[j] == 0.0) continue;
        EXPECT_FALSE(isPrefixOf(code.codewords[i], code.codewords[j]))
            << code.codewords[i] << " is a prefix of " << code.codewords[j];
      }
    }
    EXPECT_LE(kraft, 1.0L);
    EXPECT_NEAR(code.kraftSum, static_cast<double>(kraft), 1e-15);
  }
}

TEST(PrefixCode, AverageLengthOfQsCodeIsWithinOneDigitAboveCrossEntropy) {
  std::mt19937_64 rng(3);
  for (int trial = 0; trial < 2000; ++trial) {
    const size_t k = 2 + trial % 5;
    const auto p = testing::randomDistribution(rng, k);
    const auto q = testing::randomDistribution(rng, k);
    const auto code = shannonCode(q);
    ASSERT_TRUE(code.ok());
    const auto average = averageCodeLength(p, code.value().lengths);
    ASSERT_TRUE(average.ok());
    const double h = crossEntropyBits(p, q);
    EXPECT_GE(average.value(), h - 1e-12);
    EXPECT_LT(average.value(), h + 1.0);
  }
}

TEST(PrefixCode, AverageLengthIsInfiniteWhereASentSymbolHasNoCodeword) {
  const std::vector<double> p{0.5, 0.5, 0.0};
  EXPECT_EQ(averageCodeLength(p, std::vector<double>{1, kInf, 1}).value(),
            kInf);
  // A symbol P never sends costs nothing, even without a codeword.
  EXPECT_EQ(averageCodeLength(p, std::vector<double>{1, 1, kInf}).value(), 1.0);
  EXPECT_FALSE(averageCodeLength(p, std::vector<double>{1, 1}).ok());
  EXPECT_FALSE(averageCodeLength(p, std::vector<double>{1, -1, 1}).ok());
}

// The least average length over every length vector with Kraft's sum <= 1
// (each length 1..k-1): by Kraft's theorem, the best prefix code.
double bruteForceOptimum(const std::vector<double>& q) {
  const size_t k = q.size();
  std::vector<int> l(k, 1);
  double best = kInf;
  std::function<void(size_t)> walk = [&](size_t i) {
    if (i == k) {
      double kraft = 0.0, average = 0.0;
      for (size_t j = 0; j < k; ++j) {
        kraft += std::ldexp(1.0, -l[j]);
        average += q[j] * l[j];
      }
      if (kraft <= 1.0 && average < best) best = average;
      return;
    }
    for (int v = 1; v < static_cast<int>(k); ++v) {
      l[i] = v;
      walk(i + 1);
    }
  };
  walk(0);
  return best;
}

TEST(PrefixCode, HuffmanLengthsAreOptimalByBruteForce) {
  std::mt19937_64 rng(5);
  for (int trial = 0; trial < 300; ++trial) {
    const size_t k = 2 + trial % 4;  // 2..5 symbols
    const auto q = testing::randomDistribution(rng, k);
    std::vector<double> lengths(k);
    ASSERT_FALSE(huffmanLengths(q, lengths));
    double kraft = 0.0, average = 0.0;
    for (size_t i = 0; i < k; ++i) {
      kraft += std::ldexp(1.0, -static_cast<int>(lengths[i]));
      average += q[i] * lengths[i];
    }
    EXPECT_LE(kraft, 1.0);
    EXPECT_NEAR(average, bruteForceOptimum(q), 1e-12);
  }
}

TEST(PrefixCode, HuffmanGivesNoCodewordToAZeroAndNoneNeededForOneSymbol) {
  std::vector<double> lengths(3);
  ASSERT_FALSE(huffmanLengths(std::vector<double>{0.5, 0.0, 0.5}, lengths));
  EXPECT_EQ(lengths, (std::vector<double>{1, kInf, 1}));
  ASSERT_FALSE(huffmanLengths(std::vector<double>{0.0, 1.0, 0.0}, lengths));
  EXPECT_EQ(lengths, (std::vector<double>{kInf, 0, kInf}));
}

TEST(PrefixCode, RefusesWhatIsNotADistribution) {
  EXPECT_FALSE(shannonCode(std::vector<double>{0.5, 0.4}).ok());
  EXPECT_FALSE(shannonCode(std::vector<double>{}).ok());
  std::vector<double> lengths(2);
  EXPECT_TRUE(huffmanLengths(std::vector<double>{0.5, -0.1}, lengths));
}

TEST(Message, DrawsFollowPAndTheSameSeedGivesTheSameMessage) {
  const std::vector<double> p{0.5, 0.25, 0.0, 0.25};
  std::vector<double> a(10000), b(10000);
  ASSERT_FALSE(sampleMessage(p, 42, a));
  ASSERT_FALSE(sampleMessage(p, 42, b));
  EXPECT_EQ(a, b);
  std::vector<double> counts(4, 0.0);
  for (double s : a) counts[static_cast<size_t>(s)] += 1.0;
  EXPECT_EQ(counts[2], 0.0);  // never a symbol P does not send
  for (size_t i : {0, 1, 3}) {
    // Within 5 standard deviations of n p.
    const double sd = std::sqrt(10000.0 * p[i] * (1.0 - p[i]));
    EXPECT_NEAR(counts[i], 10000.0 * p[i], 5.0 * sd);
  }
  std::vector<double> none;
  EXPECT_TRUE(sampleMessage(p, 1, none));
}

TEST(Message, LengthIsTheSumOfItsSymbolsCodewordLengths) {
  const std::vector<double> lengths{1, 2, 3, kInf};
  EXPECT_EQ(messageLength(lengths, std::vector<double>{0, 1, 2, 0}).value(),
            7.0);
  EXPECT_EQ(messageLength(lengths, std::vector<double>{0, 3}).value(), kInf);
  EXPECT_FALSE(messageLength(lengths, std::vector<double>{4}).ok());
  EXPECT_FALSE(messageLength(lengths, std::vector<double>{0.5}).ok());
}

}  // namespace
}  // namespace infotheory
