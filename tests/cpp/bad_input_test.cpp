// The C++ kernel rows of the bad-input table (tests/bad-inputs.json, also
// the README's "Bad input" table): a refused input is an InputError whose
// message names the argument and the index; a valid edge value (subnormal,
// 1 - 1e-16, the 10^7 cap) gives the right number, never NaN.
// tests/js/bad-input.test.js and tests/browser/bad-input.test.js walk the
// other doors of the same table.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "infotheory.hpp"

namespace infotheory {
namespace {

using nlohmann::json;

// Beside tests/cases.json, whose path CMake passes in.
std::string tablePath() {
  const std::string cases = INFOTHEORY_CASES_FILE;
  return cases.substr(0, cases.rfind('/') + 1) + "bad-inputs.json";
}

const json& table() {
  static const json loaded = [] {
    std::ifstream in(tablePath());
    return json::parse(in);
  }();
  return loaded;
}

constexpr double kInf = std::numeric_limits<double>::infinity();

// The table's spellings of what JSON cannot hold (see its "_about").
double number(const json& v) {
  if (v.is_object() && v.contains("num")) {
    const auto s = v["num"].get<std::string>();
    if (s == "Infinity") return kInf;
    if (s == "-Infinity") return -kInf;
    if (s == "NaN") return std::numeric_limits<double>::quiet_NaN();
    ADD_FAILURE() << "unknown number spelling " << s;
  }
  return v.get<double>();
}

std::vector<double> numbers(const json& v) {
  if (v.is_object() && v.contains("repeat")) {
    return std::vector<double>(v["repeat"][0].get<size_t>(),
                               number(v["repeat"][1]));
  }
  if (v.is_object() && v.contains("uniform")) {
    const auto k = v["uniform"].get<size_t>();
    return std::vector<double>(k, 1.0 / static_cast<double>(k));
  }
  std::vector<double> out;
  for (const auto& x : v) out.push_back(number(x));
  return out;
}

Mixture mixture(const json& m) {
  const auto w = numbers(m["weights"]), mu = numbers(m["means"]),
             s = numbers(m["sigmas"]);
  return {{w.at(0), w.at(1)}, {mu.at(0), mu.at(1)}, {s.at(0), s.at(1)}};
}

// What a kernel gave: its numbers, or the message it refused the input with.
using Outcome = std::variant<std::vector<double>, std::string>;

template <class T, class ToNumbers>
Outcome outcome(const Result<T>& result, ToNumbers to_numbers) {
  if (!result.ok()) return result.error();
  return to_numbers(result.value());
}

Outcome scalar(const Result<double>& result) {
  return outcome(result, [](double x) { return std::vector<double>{x}; });
}

// A kernel that writes `n` numbers into a span it is given.
template <class Fill>
Outcome filled(size_t n, Fill fill) {
  std::vector<double> out(n);
  if (auto problem = fill(std::span<double>(out))) return problem->message;
  return out;
}

using Kernel = std::function<Outcome(const json& args)>;

// The kernels the table's C++ rows call, by the table's names.
const std::map<std::string, Kernel>& kernels() {
  static const std::map<std::string, Kernel> all = {
      {"surprise",
       [](const json& a) { return scalar(surprise(number(a[0]))); }},
      {"jointSurprise",
       [](const json& a) {
         return outcome(
             jointSurprise(number(a[0]), number(a[1])),
             [](const JointSurprise& j) {
               return std::vector<double>{j.probability, j.joint, j.sum};
             });
       }},
      {"binaryEntropy",
       [](const json& a) { return scalar(binaryEntropy(number(a[0]))); }},
      {"entropy", [](const json& a) { return scalar(entropy(numbers(a[0]))); }},
      {"crossEntropy",
       [](const json& a) {
         return scalar(crossEntropy(numbers(a[0]), numbers(a[1])));
       }},
      {"klDivergence",
       [](const json& a) {
         return scalar(klDivergence(numbers(a[0]), numbers(a[1])));
       }},
      {"decompose",
       [](const json& a) {
         return outcome(decompose(numbers(a[0]), numbers(a[1])),
                        [](const Decomposition& d) {
                          return std::vector<double>{d.entropy, d.crossEntropy,
                                                     d.kl, d.reverseKl};
                        });
       }},
      {"setProbability",
       [](const json& a) {
         const auto p = numbers(a[0]);
         return filled(p.size(), [&](std::span<double> out) {
           return setProbability(p, a[1].get<size_t>(), number(a[2]), out);
         });
       }},
      {"empiricalDistribution",
       [](const json& a) {
         const auto counts = numbers(a[0]);
         return filled(counts.size(), [&](std::span<double> out) {
           return empiricalDistribution(counts, out);
         });
       }},
      {"temper",
       [](const json& a) {
         const auto p = numbers(a[0]);
         return filled(p.size(), [&](std::span<double> out) {
           return temper(p, number(a[1]), out);
         });
       }},
      {"logSpace",
       [](const json& a) {
         return filled(a[2].get<size_t>(), [&](std::span<double> out) {
           return logSpace(number(a[0]), number(a[1]), out);
         });
       }},
      {"softmax",
       [](const json& a) {
         const auto z = numbers(a[0]);
         return filled(z.size(),
                       [&](std::span<double> out) { return softmax(z, out); });
       }},
      {"logSoftmax",
       [](const json& a) {
         const auto z = numbers(a[0]);
         return filled(z.size(), [&](std::span<double> out) {
           return logSoftmax(z, out);
         });
       }},
      {"gaussianKl",
       [](const json& a) {
         return scalar(gaussianKl(number(a[0]), number(a[1]), number(a[2]),
                                  number(a[3])));
       }},
      {"gaussianEntropy",
       [](const json& a) { return scalar(gaussianEntropy(number(a[0]))); }},
      {"fitGaussian",
       [](const json& a) {
         const auto direction = a[1].get<std::string>() == "reverse"
                                    ? Direction::kReverse
                                    : Direction::kForward;
         return outcome(fitGaussian(mixture(a[0]), direction),
                        [](const GaussianFit& f) {
                          return std::vector<double>{f.mu, f.sigma, f.kl};
                        });
       }},
      {"policyUpdate",
       [](const json& a) {
         const auto pi = numbers(a[0]), adv = numbers(a[1]);
         return filled(pi.size(), [&](std::span<double> out) {
           return policyUpdate(pi, adv, number(a[2]), out);
         });
       }},
      {"klAlongUpdate",
       [](const json& a) {
         const auto pi = numbers(a[0]), adv = numbers(a[1]),
                    alphas = numbers(a[2]);
         return filled(alphas.size(), [&](std::span<double> out) {
           return klAlongUpdate(pi, adv, alphas, Units::kNats, out);
         });
       }},
      {"sampleCounts",
       [](const json& a) {
         const auto p = numbers(a[0]);
         return filled(p.size(), [&](std::span<double> out) {
           return sampleCounts(p, a[1].get<uint64_t>(), a[2].get<uint64_t>(),
                               out);
         });
       }},
      {"klEstimators",
       [](const json& a) {
         return outcome(
             klEstimators(numbers(a[0]), numbers(a[1]), number(a[2]),
                          a[3].get<uint64_t>(), a[4].get<uint64_t>()),
             [](const KlEstimates& e) {
               return std::vector<double>{e.exact, e.k1Mean, e.k1StdError,
                                          e.k3Mean, e.k3StdError};
             });
       }},
      {"maxStepWithinBudget",
       [](const json& a) {
         return scalar(
             maxStepWithinBudget(numbers(a[0]), numbers(a[1]), number(a[2])));
       }},
  };
  return all;
}

// One case: "error" is a part of the refusal's message; otherwise the
// result has no NaN and, as asked, is finite, sums to "sum" or is near
// "value" (at "at").
void check(const json& c) {
  const auto name = c["kernel"].get<std::string>();
  const auto found = kernels().find(name);
  ASSERT_NE(found, kernels().end()) << "no kernel " << name << " in the test";
  const Outcome got = found->second(c["args"]);
  if (c.contains("error")) {
    ASSERT_TRUE(std::holds_alternative<std::string>(got))
        << name << " accepted " << c["args"].dump();
    EXPECT_NE(std::get<std::string>(got).find(c["error"].get<std::string>()),
              std::string::npos)
        << name << " said: " << std::get<std::string>(got);
    return;
  }
  ASSERT_TRUE(std::holds_alternative<std::vector<double>>(got))
      << name << " refused " << c["args"].dump() << ": "
      << std::get<std::string>(got);
  const auto& values = std::get<std::vector<double>>(got);
  for (double x : values) EXPECT_FALSE(std::isnan(x)) << name << " gave NaN";
  if (c.value("finite", false)) {
    for (double x : values) EXPECT_TRUE(std::isfinite(x)) << name;
  }
  if (c.contains("sum")) {
    double sum = 0.0;
    for (double x : values) sum += x;
    EXPECT_EQ(sum, number(c["sum"])) << name;
  }
  if (c.contains("value")) {
    const double have = values.at(c.value("at", 0));
    const double want = number(c["value"]);
    if (!std::isfinite(want)) {
      EXPECT_EQ(have, want) << name;
    } else {
      const double tolerance =
          std::max(c.value("abs", 0.0), c.value("rel", 0.0) * std::fabs(want));
      EXPECT_LE(std::fabs(have - want), tolerance)
          << name << " gave " << have << ", want " << want;
    }
  }
}

std::vector<json> rowsOfKernels() {
  std::vector<json> rows;
  for (const auto& row : table()["rows"]) {
    if (row["door"] == "C++ kernel") rows.push_back(row);
  }
  return rows;
}

TEST(BadInput, TableHasAKernelRowForEveryClassOfBadValue) {
  std::vector<std::string> classes;
  for (const auto& row : rowsOfKernels()) {
    classes.push_back(row["bad"].get<std::string>());
    EXPECT_FALSE(row["cases"].empty()) << row["bad"];
  }
  for (const char* bad :
       {"negative entry", "NaN", "±∞", "empty", "unequal lengths", "sum off 1",
        "p outside [0, 1]", "σ ≤ 0", "huge size (> 10⁷)", "subnormal (5e-324)",
        "1 − 1e-16"}) {
    EXPECT_NE(std::find(classes.begin(), classes.end(), bad), classes.end())
        << bad;
  }
}

// Parameterised by the row's place among the kernel rows (a short name in
// ctest's list, where the whole row would be printed).
class BadInputRow : public testing::TestWithParam<size_t> {};

TEST_P(BadInputRow, EveryCaseIsRefusedWithItsMessageOrGivesTheRightNumber) {
  const json row = rowsOfKernels().at(GetParam());
  SCOPED_TRACE(row["bad"].get<std::string>());
  for (const auto& c : row["cases"]) {
    SCOPED_TRACE(c.dump().substr(0, 200));
    check(c);
  }
}

INSTANTIATE_TEST_SUITE_P(
    KernelRows, BadInputRow, testing::Range<size_t>(0, rowsOfKernels().size()),
    [](const testing::TestParamInfo<size_t>& info) {
      // "σ ≤ 0" -> "Row7_0": gtest names are ASCII letters, digits and _.
      std::string name = "Row" + std::to_string(info.index) + "_";
      for (char ch : rowsOfKernels().at(info.param)["bad"].get<std::string>()) {
        if (std::isalnum(static_cast<unsigned char>(ch))) name += ch;
      }
      return name;
    });

}  // namespace
}  // namespace infotheory
