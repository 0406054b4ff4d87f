// Bindings for the tests only, built into
// build/wasm-test/infotheory-test-hooks.js (CMake option INFOTHEORY_TEST_HOOKS,
// preset wasm-test) and never shipped: the two-lane log (cpp/vector_log.hpp)
// and the C library's log, both as compiled for wasm with SIMD, so that
// tests/js/vector-log.test.js can compare them there.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <vector>

#include "vector_log.hpp"

namespace {

using emscripten::val;

// A fresh Float64Array (a copy, not a view into the wasm heap).
val toFloat64Array(const std::vector<double>& values) {
  return val(emscripten::typed_memory_view(values.size(), values.data()))
      .call<val>("slice");
}

// log of each entry by the two-lane algorithm.
val vectorLog(const val& x) {
  const auto in = emscripten::convertJSArrayToNumberVector<double>(x);
  std::vector<double> out(in.size());
  infotheory::simd::logOfEach(in, out);
  return toFloat64Array(out);
}

// log of each entry by the C library.
val scalarLog(const val& x) {
  auto values = emscripten::convertJSArrayToNumberVector<double>(x);
  for (double& v : values) v = std::log(v);
  return toFloat64Array(values);
}

}  // namespace

EMSCRIPTEN_BINDINGS(infotheory_test_hooks) {
  emscripten::function("vectorLog", &vectorLog);
  emscripten::function("scalarLog", &scalarLog);
}
