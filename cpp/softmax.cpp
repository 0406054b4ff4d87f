#include "softmax.hpp"

#include <cmath>
#include <string>

#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

// The pieces every function here shares: the largest logit m, its first
// index, and s = sum over the other logits of exp(z_j - m), so that
// log sum_j exp(z_j) = m + log1p(s). Every exponent is <= 0, so nothing
// overflows, and the dominant term 1 is kept out of s: log1p(s) then keeps
// full relative accuracy when the other classes are negligible.
struct Shifted {
  double max;
  size_t argmax;
  double rest;  // s
};

// exp(z - m) to ~2 ulps: rounding z - m = d + e loses e, up to ulp(d) / 2,
// which exp would turn into a relative error of |d| ulps (~1e4 ulps at
// logits of +-1e4). TwoSum recovers e exactly (Knuth, TAOCP vol. 2, 4.2.2)
// and exp(d + e) = exp(d) (1 + e) to second order.
double expShifted(double z, double m) {
  const double d = z - m;
  const double w = std::exp(d);
  if (w == 0.0) return 0.0;  // also where d overflowed and e would be NaN
  const double m_part = d - z;
  const double z_part = d - m_part;
  const double e = (z - z_part) + (-m - m_part);
  return w + w * e;
}

Shifted shift(std::span<const double> logits) {
  size_t argmax = 0;
  for (size_t i = 1; i < logits.size(); ++i) {
    if (logits[i] > logits[argmax]) argmax = i;
  }
  const double max = logits[argmax];
  NeumaierSum rest;
  for (size_t j = 0; j < logits.size(); ++j) {
    if (j != argmax) rest.add(expShifted(logits[j], max));
  }
  return {max, argmax, rest.value()};
}

std::optional<InputError> checkOutput(std::span<const double> logits,
                                      std::span<double> out) {
  if (out.size() != logits.size()) {
    return InputError{"out and logits have different lengths (" +
                      std::to_string(out.size()) + " and " +
                      std::to_string(logits.size()) + ")"};
  }
  return std::nullopt;
}

std::optional<InputError> checkClass(std::span<const double> logits, size_t k) {
  if (k >= logits.size()) {
    return InputError{"trueClass = " + std::to_string(k) + " is outside [0, " +
                      std::to_string(logits.size() - 1) + "]"};
  }
  return std::nullopt;
}

}  // namespace

std::optional<InputError> logSoftmax(std::span<const double> logits,
                                     std::span<double> out) {
  if (auto problem = checkFiniteArray(logits, "logits")) return problem;
  if (auto problem = checkOutput(logits, out)) return problem;
  // Everything is read before `out` is written, so out may alias logits.
  const Shifted s = shift(logits);
  const double log_normaliser = std::log1p(s.rest);
  for (size_t i = 0; i < logits.size(); ++i) {
    out[i] = (logits[i] - s.max) - log_normaliser;
  }
  return std::nullopt;
}

std::optional<InputError> softmax(std::span<const double> logits,
                                  std::span<double> out) {
  if (auto problem = checkFiniteArray(logits, "logits")) return problem;
  if (auto problem = checkOutput(logits, out)) return problem;
  const Shifted s = shift(logits);
  // exp(z_i - m) / (1 + s) is exp(log softmax) without rounding the log
  // first: exp of a rounded -700 would be off by 700 ulps, this by ~3.
  const double normaliser = 1.0 + s.rest;
  for (size_t i = 0; i < logits.size(); ++i) {
    out[i] = expShifted(logits[i], s.max) / normaliser;
  }
  return std::nullopt;
}

Result<double> softmaxCrossEntropy(std::span<const double> logits, size_t k,
                                   Units units) {
  if (auto problem = checkFiniteArray(logits, "logits")) return *problem;
  if (auto problem = checkClass(logits, k)) return *problem;
  const Shifted s = shift(logits);
  // For k = argmax the first term is exactly 0 and the loss is log1p(s),
  // accurate even when it is 1e-300.
  return inUnits(std::log1p(s.rest) - (logits[k] - s.max), units);
}

std::optional<InputError> softmaxCrossEntropyGradient(
    std::span<const double> logits, size_t k, std::span<double> out,
    Units units) {
  if (auto problem = checkFiniteArray(logits, "logits")) return problem;
  if (auto problem = checkClass(logits, k)) return problem;
  if (auto problem = checkOutput(logits, out)) return problem;
  const Shifted s = shift(logits);
  const double normaliser = 1.0 + s.rest;
  const double z_k = logits[k];  // read before out (which may alias) changes
  for (size_t i = 0; i < logits.size(); ++i) {
    out[i] = expShifted(logits[i], s.max) / normaliser;
  }
  // softmax_k - 1 for a confident correct class would cancel (1/(1+s) - 1);
  // it equals -s/(1+s), the others' share, computed without subtraction.
  // Otherwise softmax_k <= 1/2 and the subtraction is harmless.
  if (k == s.argmax) {
    out[k] = -(s.rest / normaliser);
  } else {
    out[k] = expShifted(z_k, s.max) / normaliser - 1.0;
  }
  if (units == Units::kBits) {
    for (double& g : out) g = inUnits(g, units);
  }
  return std::nullopt;
}

}  // namespace infotheory
