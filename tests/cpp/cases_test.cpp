// The shared reference cases (tests/cases.json, written by
// tests/make_cases.py), run against the C++ kernels. tests/js/cases.test.js
// runs the same file against the wasm module.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "infotheory.hpp"

namespace infotheory {
namespace {

using nlohmann::json;

const json& cases() {
  static const json loaded = [] {
    std::ifstream in(INFOTHEORY_CASES_FILE);
    return json::parse(in);
  }();
  return loaded;
}

// JSON has no Infinity or NaN: the cases spell them as strings.
double decode(const json& v) {
  if (v.is_string()) {
    const auto s = v.get<std::string>();
    if (s == "Infinity") return std::numeric_limits<double>::infinity();
    if (s == "-Infinity") return -std::numeric_limits<double>::infinity();
    if (s == "NaN") return std::numeric_limits<double>::quiet_NaN();
    ADD_FAILURE() << "unknown number spelling " << s;
  }
  return v.get<double>();
}

std::vector<double> decodeArray(const json& v) {
  std::vector<double> out;
  for (const auto& x : v) out.push_back(decode(x));
  return out;
}

// Relative tolerance from the file; a reference of 0 or infinity must be
// met exactly.
void expectClose(double got, const json& want_json, const std::string& what) {
  const double want = decode(want_json);
  const double tol = cases()["relativeTolerance"].get<double>();
  if (std::isinf(want) || want == 0.0) {
    EXPECT_EQ(got, want) << what;
    EXPECT_FALSE(std::signbit(got)) << what << " is -0";
  } else {
    EXPECT_NEAR(got, want, tol * std::fabs(want)) << what;
  }
}

template <class Compute>
void runValueCases(const char* section, Compute compute) {
  const auto& list = cases()[section];
  ASSERT_FALSE(list.empty()) << section;
  for (const auto& c : list) {
    const std::string name =
        std::string(section) + ": " + c["name"].get<std::string>();
    for (const auto& [key, units] :
         {std::pair{"nats", Units::kNats}, std::pair{"bits", Units::kBits}}) {
      const Result<double> got = compute(c, units);
      ASSERT_TRUE(got.ok()) << name << ": " << got.error();
      expectClose(got.value(), c[key], name + " (" + key + ")");
    }
  }
}

TEST(Cases, Surprise) {
  runValueCases("surprise", [](const json& c, Units u) {
    return surprise(decode(c["p"]), u);
  });
}

TEST(Cases, JointSurpriseAddsForIndependentEvents) {
  for (const auto& c : cases()["jointSurprise"]) {
    for (const auto& [key, units] :
         {std::pair{"nats", Units::kNats}, std::pair{"bits", Units::kBits}}) {
      const auto got = jointSurprise(decode(c["p1"]), decode(c["p2"]), units);
      ASSERT_TRUE(got.ok()) << got.error();
      EXPECT_EQ(got.value().probability, decode(c["probability"]));
      expectClose(got.value().joint, c[key], "joint");
      expectClose(got.value().sum, c[key], "sum");
    }
  }
}

TEST(Cases, BinaryEntropy) {
  runValueCases("binaryEntropy", [](const json& c, Units u) {
    return binaryEntropy(decode(c["p"]), u);
  });
}

TEST(Cases, Entropy) {
  runValueCases("entropy", [](const json& c, Units u) {
    return entropy(decodeArray(c["P"]), u);
  });
}

TEST(Cases, CrossEntropy) {
  runValueCases("crossEntropy", [](const json& c, Units u) {
    return crossEntropy(decodeArray(c["P"]), decodeArray(c["Q"]), u);
  });
}

TEST(Cases, KlDivergence) {
  runValueCases("klDivergence", [](const json& c, Units u) {
    return klDivergence(decodeArray(c["P"]), decodeArray(c["Q"]), u);
  });
}

double arg(const json& c, size_t i) { return decode(c["args"][i]); }

TEST(Cases, GaussianKl) {
  runValueCases("gaussianKL", [](const json& c, Units u) {
    return gaussianKl(arg(c, 0), arg(c, 1), arg(c, 2), arg(c, 3), u);
  });
}

TEST(Cases, VaeKl) {
  runValueCases("vaeKL", [](const json& c, Units u) -> Result<double> {
    const auto terms = vaeKl(arg(c, 0), arg(c, 1), u);
    if (!terms.ok()) return InputError{terms.error()};
    return terms.value().total;
  });
}

TEST(Cases, GaussianEntropy) {
  runValueCases("gaussianEntropy", [](const json& c, Units u) {
    return gaussianEntropy(arg(c, 0), u);
  });
}

TEST(Cases, LogSoftmax) {
  const double tol = cases()["relativeTolerance"].get<double>();
  for (const auto& c : cases()["logSoftmax"]) {
    const auto logits = decodeArray(c["logits"]);
    const auto want = decodeArray(c["values"]);
    std::vector<double> got(logits.size());
    ASSERT_FALSE(logSoftmax(logits, got)) << c["name"];
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_NEAR(got[i], want[i], tol * std::fabs(want[i]))
          << c["name"] << " " << i;
      EXPECT_TRUE(std::isfinite(got[i]));
    }
  }
}

TEST(Cases, SoftmaxCrossEntropy) {
  runValueCases("softmaxCrossEntropy", [](const json& c, Units u) {
    return softmaxCrossEntropy(decodeArray(c["args"][0]),
                               c["args"][1].get<size_t>(), u);
  });
}

TEST(Cases, DecomposeAgreesWithTheSeparateKernels) {
  const auto& ce = cases()["crossEntropy"];
  const auto& kl = cases()["klDivergence"];
  ASSERT_EQ(ce.size(), kl.size());
  for (size_t i = 0; i < ce.size(); ++i) {
    const auto p = decodeArray(ce[i]["P"]), q = decodeArray(ce[i]["Q"]);
    const auto d = decompose(p, q);
    ASSERT_TRUE(d.ok()) << d.error();
    expectClose(d.value().crossEntropy, ce[i]["nats"], "crossEntropy");
    expectClose(d.value().kl, kl[i]["nats"], "kl");
    EXPECT_EQ(d.value().entropy, entropy(p).value());
    EXPECT_EQ(d.value().reverseKl, klDivergence(q, p).value());
  }
}

// Calls the kernel a case names and returns its refusal ("" if it accepted).
std::string refusal(const json& c) {
  const auto fn = c["fn"].get<std::string>();
  const auto& a = c["args"];
  auto message = [](const auto& result) {
    return result.ok() ? std::string() : result.error();
  };
  if (fn == "entropy") return message(entropy(decodeArray(a[0])));
  if (fn == "crossEntropy") {
    return message(crossEntropy(decodeArray(a[0]), decodeArray(a[1])));
  }
  if (fn == "klDivergence") {
    return message(klDivergence(decodeArray(a[0]), decodeArray(a[1])));
  }
  if (fn == "decompose") {
    return message(decompose(decodeArray(a[0]), decodeArray(a[1])));
  }
  if (fn == "binaryEntropy") return message(binaryEntropy(decode(a[0])));
  if (fn == "surprise") return message(surprise(decode(a[0])));
  if (fn == "gaussianKL") {
    return message(
        gaussianKl(decode(a[0]), decode(a[1]), decode(a[2]), decode(a[3])));
  }
  if (fn == "vaeKL") return message(vaeKl(decode(a[0]), decode(a[1])));
  if (fn == "gaussianEntropy") return message(gaussianEntropy(decode(a[0])));
  if (fn == "logSoftmax") {
    const auto logits = decodeArray(a[0]);
    std::vector<double> out(logits.size());
    const auto problem = logSoftmax(logits, out);
    return problem ? problem->message : std::string();
  }
  if (fn == "softmaxCrossEntropy") {
    return message(softmaxCrossEntropy(decodeArray(a[0]), a[1].get<size_t>()));
  }
  ADD_FAILURE() << "no kernel named " << fn;
  return {};
}

TEST(Cases, InvalidInputIsRefusedWithAMessageNamingTheArgument) {
  const auto& list = cases()["invalid"];
  ASSERT_GE(list.size(), 10u);
  for (const auto& c : list) {
    const std::string got = refusal(c);
    ASSERT_FALSE(got.empty()) << c["name"] << " was accepted";
    for (const auto& fragment : c["message"]) {
      EXPECT_NE(got.find(fragment.get<std::string>()), std::string::npos)
          << c["name"] << ": \"" << got << "\" lacks " << fragment;
    }
  }
}

}  // namespace
}  // namespace infotheory
