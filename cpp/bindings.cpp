// The one file that knows about Emscripten. Arrays arrive as one copy of a
// Float64Array; results leave as numbers, plain objects or fresh
// Float64Arrays (never views into the wasm heap). A refused input comes back
// as a string, the message, which web/kernels.js turns into a thrown Error:
// throwing across the boundary here would skip C++ destructors and leak.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "infotheory.hpp"

namespace {

using emscripten::val;
using infotheory::InputError;
using infotheory::Units;

Units unitsOf(bool bits) { return bits ? Units::kBits : Units::kNats; }

std::vector<double> copyIn(const val& array) {
  return emscripten::convertJSArrayToNumberVector<double>(array);
}

val copyOut(const std::vector<double>& values) {
  val out = val::global("Float64Array").new_(values.size());
  out.call<void>(
      "set", val(emscripten::typed_memory_view(values.size(), values.data())));
  return out;
}

val refused(const std::string& message) { return val(message); }

template <class T, class ToVal>
val reply(const infotheory::Result<T>& result, ToVal to_val) {
  return result.ok() ? to_val(result.value()) : refused(result.error());
}

val number(double x) { return val(x); }

// Sizes, indices and seeds arrive as JS numbers; only whole numbers in
// [0, limit] pass.
template <class Int>
bool toCount(double x, Int limit, Int& out) {
  if (!(x >= 0.0 && x <= static_cast<double>(limit)) || std::floor(x) != x) {
    return false;
  }
  out = static_cast<Int>(x);
  return true;
}

std::string notCount(const char* name, double x, uint64_t limit) {
  return std::string(name) + " = " + infotheory::formatNumber(x) +
         " is not a whole number in [0, " + std::to_string(limit) + "]";
}

val surprise(double p, bool bits) {
  return reply(infotheory::surprise(p, unitsOf(bits)), number);
}

val jointSurprise(double p1, double p2, bool bits) {
  return reply(infotheory::jointSurprise(p1, p2, unitsOf(bits)),
               [](const infotheory::JointSurprise& j) {
                 val out = val::object();
                 out.set("probability", j.probability);
                 out.set("joint", j.joint);
                 out.set("sum", j.sum);
                 return out;
               });
}

val entropy(const val& p, bool bits) {
  const auto pv = copyIn(p);
  return reply(infotheory::entropy(pv, unitsOf(bits)), number);
}

val binaryEntropy(double p, bool bits) {
  return reply(infotheory::binaryEntropy(p, unitsOf(bits)), number);
}

val crossEntropy(const val& p, const val& q, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q);
  return reply(infotheory::crossEntropy(pv, qv, unitsOf(bits)), number);
}

val klDivergence(const val& p, const val& q, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q);
  return reply(infotheory::klDivergence(pv, qv, unitsOf(bits)), number);
}

val decompose(const val& p, const val& q, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q);
  return reply(infotheory::decompose(pv, qv, unitsOf(bits)),
               [](const infotheory::Decomposition& d) {
                 val out = val::object();
                 out.set("entropy", d.entropy);
                 out.set("crossEntropy", d.crossEntropy);
                 out.set("kl", d.kl);
                 out.set("reverseKl", d.reverseKl);
                 return out;
               });
}

// A curve comes back as one Float64Array: n x values, then n y values.
template <class Fill>
val curve(double n, Fill fill) {
  size_t count;
  if (!toCount(n, infotheory::kMaxCurvePoints, count)) {
    return refused(notCount("n", n, infotheory::kMaxCurvePoints));
  }
  std::vector<double> xy(2 * count);
  std::span<double> all(xy);
  if (auto problem = fill(all.first(count), all.last(count))) {
    return refused(problem->message);
  }
  return copyOut(xy);
}

val surpriseCurve(double n, double max_nats, bool bits) {
  return curve(n, [&](std::span<double> x, std::span<double> y) {
    return infotheory::surpriseCurve(max_nats, unitsOf(bits), x, y);
  });
}

val binaryEntropyCurve(double n, bool bits) {
  return curve(n, [&](std::span<double> x, std::span<double> y) {
    return infotheory::binaryEntropyCurve(unitsOf(bits), x, y);
  });
}

// A distribution of k categories built by `fill`, or the refusal.
template <class Fill>
val distribution(double k, Fill fill) {
  size_t count;
  if (!toCount(k, infotheory::kMaxCategories, count)) {
    return refused(notCount("k", k, infotheory::kMaxCategories));
  }
  std::vector<double> out(count);
  if (auto problem = fill(std::span<double>(out))) {
    return refused(problem->message);
  }
  return copyOut(out);
}

val uniformDistribution(double k) {
  return distribution(k, [](std::span<double> out) {
    return infotheory::uniformDistribution(out);
  });
}

val pointMass(double k, double index) {
  size_t i;
  if (!toCount(index, infotheory::kMaxCategories, i)) {
    return refused(notCount("index", index, infotheory::kMaxCategories));
  }
  return distribution(
      k, [&](std::span<double> out) { return infotheory::pointMass(i, out); });
}

val randomDistribution(double k, double seed) {
  constexpr uint64_t kMaxSeed = (uint64_t{1} << 53) - 1;  // exact in a double
  uint64_t s;
  if (!toCount(seed, kMaxSeed, s)) {
    return refused(notCount("seed", seed, kMaxSeed));
  }
  return distribution(k, [&](std::span<double> out) {
    return infotheory::randomDistribution(s, out);
  });
}

val setProbability(const val& p, double index, double value) {
  const auto pv = copyIn(p);
  size_t i;  // range-checked against P's length by the kernel, after P
  if (!toCount(index, infotheory::kMaxCategories, i)) {
    return refused(notCount("index", index, infotheory::kMaxCategories));
  }
  return distribution(static_cast<double>(pv.size()),
                      [&](std::span<double> out) {
                        return infotheory::setProbability(pv, i, value, out);
                      });
}

val resizeDistribution(const val& p, double k) {
  const auto pv = copyIn(p);
  return distribution(k, [&](std::span<double> out) {
    return infotheory::resizeDistribution(pv, out);
  });
}

}  // namespace

EMSCRIPTEN_BINDINGS(infotheory) {
  using emscripten::function;
  // Longest array the JS wrapper passes in (checked there, before the copy).
  emscripten::constant("maxCategories",
                       static_cast<double>(infotheory::kMaxCategories));
  emscripten::constant("maxCurvePoints",
                       static_cast<double>(infotheory::kMaxCurvePoints));
  function("surprise", &surprise);
  function("jointSurprise", &jointSurprise);
  function("entropy", &entropy);
  function("binaryEntropy", &binaryEntropy);
  function("crossEntropy", &crossEntropy);
  function("klDivergence", &klDivergence);
  function("decompose", &decompose);
  function("surpriseCurve", &surpriseCurve);
  function("binaryEntropyCurve", &binaryEntropyCurve);
  function("uniformDistribution", &uniformDistribution);
  function("pointMass", &pointMass);
  function("randomDistribution", &randomDistribution);
  function("setProbability", &setProbability);
  function("resizeDistribution", &resizeDistribution);
}
