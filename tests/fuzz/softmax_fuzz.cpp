// Softmax, log-softmax, the classifier loss and its gradient (softmax.hpp).
//
// Invariants, for non-empty finite logits (and k < their number):
//   log softmax entries <= 0, never NaN, and their log-sum-exp is 0 to the
//   rounding of the inputs' scale; computing in place gives the same result
//   softmax entries in [0, 1], each within a few ulps of a long-double
//   reference, summing to 1 within a few ulps
//   the loss is -log softmax(z)_k bit for bit, >= +0
//   the gradient is softmax - onehot(k): entries in [-1, 1], the k-th <= 0,
//   the others equal to softmax's, summing to 0
//   adding a whole number to whole-number logits changes nothing (the
//   kernels only see differences z_i - max z, exact here)
//   bits = nats * log2(e)
// and anything else (empty, NaN, +-inf, a k out of range, an out of the
// wrong length) is refused with a message.

#include <algorithm>

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;
using fuzz::kTiny;

std::vector<double> logits(fuzz::Bytes& in) {
  const uint8_t kind = in.byte();
  size_t n = fuzz::categories(in);
  if (kind % 16 == 0) n = 0;
  std::vector<double> z(n);
  switch (kind % 8) {
    case 0:
    case 1:  // the page's range, +-1e4, with ties
      for (double& x : z)
        x = std::round(fuzz::between(in, -1e4, 1e4) / 1e3) * 1e3 +
            in.byte() % 3;
      break;
    case 2:
    case 3:
      for (double& x : z) x = fuzz::between(in, -50.0, 50.0);
      break;
    case 4:  // any finite scale, far apart
      for (double& x : z) x = fuzz::wide(in);
      break;
    case 5:  // whole numbers (for the shift check)
      for (double& x : z) x = static_cast<int>(in.byte()) - 128;
      break;
    default:  // anything, non-numbers too
      for (double& x : z) x = fuzz::anyDouble(in, 1e4);
      break;
  }
  return z;
}

bool wholeNumbers(std::span<const double> z) {
  for (double x : z) {
    if (!(std::fabs(x) <= 1e6 && std::floor(x) == x)) return false;
  }
  return true;
}

void check(std::span<const double> z, size_t k, fuzz::Bytes& in) {
  const std::string input = fuzz::show(z) + fuzz::format(" k %zu", k);
  const size_t n = z.size();
  const bool valid = !z.empty() && fuzz::finiteAll(z);
  // Sometimes an output of the wrong length.
  const size_t out_size =
      in.byte() % 16 == 0 ? n + 1 - 2 * (n > 0 && in.byte() & 1) : n;
  std::vector<double> log_p(out_size), p(out_size), gradient(out_size);
  const auto log_problem = logSoftmax(z, log_p);
  const auto problem = softmax(z, p);
  const auto loss = softmaxCrossEntropy(z, k);
  const auto loss_bits = softmaxCrossEntropy(z, k, Units::kBits);
  const auto gradient_problem = softmaxCrossEntropyGradient(z, k, gradient);
  if (!valid) {
    fuzz::expectRefused(log_problem, "logSoftmax", input);
    fuzz::expectRefused(problem, "softmax", input);
    fuzz::expectRefused(loss, "softmaxCrossEntropy", input);
    fuzz::expectRefused(gradient_problem, "softmaxCrossEntropyGradient", input);
    return;
  }
  if (k >= n) {
    fuzz::expectRefused(loss, "softmaxCrossEntropy", input);
    fuzz::expectRefused(gradient_problem, "softmaxCrossEntropyGradient", input);
  } else {
    fuzz::expectAccepted(loss, "softmaxCrossEntropy", input);
  }
  if (out_size != n) {
    fuzz::expectRefused(log_problem, "logSoftmax", input);
    fuzz::expectRefused(problem, "softmax", input);
    fuzz::expectRefused(gradient_problem, "softmaxCrossEntropyGradient", input);
    return;
  }
  fuzz::expectAccepted(log_problem, "logSoftmax", input);
  fuzz::expectAccepted(problem, "softmax", input);
  if (k < n)
    fuzz::expectAccepted(gradient_problem, "softmaxCrossEntropyGradient",
                         input);

  // In place (out aliasing logits) is documented to work.
  std::vector<double> in_place(z.begin(), z.end());
  FUZZ_CHECK(!logSoftmax(in_place, in_place) && in_place == log_p,
             "logSoftmax in place differs: %s", input.c_str());

  // The reference: exp(z_i - m) / sum_j exp(z_j - m) in long double, m the
  // largest logit (z_i - m is exact in long double where it matters).
  const double m = *std::max_element(z.begin(), z.end());
  long double total = 0.0L;
  for (double x : z) total += std::exp(static_cast<long double>(x) - m);

  // sum_i exp(log softmax_i) - 1, with the largest term's expm1: log1p of
  // it is the log-sum-exp, without long double's own rounding near 1.
  const size_t top = static_cast<size_t>(
      std::max_element(log_p.begin(), log_p.end()) - log_p.begin());
  long double sum_p = 0.0L,
              excess = std::expm1(static_cast<long double>(log_p[top]));
  double spread =
      0.0;  // sum p_i (|z_i - m| + |log p_i|): what rounding scales with
  for (size_t i = 0; i < n; ++i) {
    FUZZ_CHECK(log_p[i] <= 0.0 && !std::isnan(log_p[i]),
               "log softmax[%zu] = %s: %s", i, fuzz::show(log_p[i]).c_str(),
               input.c_str());
    FUZZ_CHECK(p[i] >= 0.0 && p[i] <= 1.0, "softmax[%zu] = %s: %s", i,
               fuzz::show(p[i]).c_str(), input.c_str());
    const long double want =
        std::exp(static_cast<long double>(z[i]) - m) / total;
    // exp(z_i - m) to ~2 ulps (TwoSum-corrected), over 1 + s (one rounding
    // of the sum, one of the division): 4 eps relative; a subnormal result
    // adds an absolute half step.
    FUZZ_CHECK(fuzz::near(p[i], static_cast<double>(want),
                          4 * kEps * static_cast<double>(want) + 2 * kTiny),
               "softmax[%zu] = %s, reference %s: %s", i,
               fuzz::show(p[i]).c_str(),
               fuzz::show(static_cast<double>(want)).c_str(), input.c_str());
    sum_p += p[i];
    if (i != top) excess += std::exp(static_cast<long double>(log_p[i]));
    if (want > 0.0L) {
      spread += static_cast<double>(want) *
                (std::fabs(z[i] - m) + std::fabs(log_p[i]));
    }
  }
  // Each entry within 4 eps relative, so their sum within 4 eps of 1.
  FUZZ_CHECK(std::fabs(sum_p - 1.0L) <= 4 * kEps + n * 2 * kTiny,
             "softmax sums to 1 %+La: %s", sum_p - 1.0L, input.c_str());
  // log softmax_i = (z_i - m) - log1p(s): two roundings of numbers as large
  // as |z_i - m| and |log softmax_i|, weighted by p_i in the log-sum-exp,
  // and log1p(s) within a few ulps of itself (<= log n).
  const double log1p_s = -log_p[top];
  const double lse_tolerance = 8 * kEps * (log1p_s + spread) + DBL_MIN;
  const long double lse = std::log1p(excess);
  FUZZ_CHECK(std::fabs(lse) <= lse_tolerance,
             "log-sum-exp of log softmax = %Lg, tolerance %g: %s", lse,
             lse_tolerance, input.c_str());

  if (wholeNumbers(z)) {  // shifted by a whole number: exactly the same
    const double shift = static_cast<int>(in.byte()) - 128;
    std::vector<double> moved(z.begin(), z.end()), moved_log(n);
    for (double& x : moved) x += shift;
    FUZZ_CHECK(!logSoftmax(moved, moved_log) && moved_log == log_p,
               "log softmax changed under a shift by %g: %s", shift,
               input.c_str());
  }

  if (k >= n) return;
  const double l = loss.value();
  FUZZ_CHECK(l == -log_p[k] && l >= 0.0 && !std::signbit(l),
             "loss %s != -log softmax[k] %s: %s", fuzz::show(l).c_str(),
             fuzz::show(-log_p[k]).c_str(), input.c_str());
  FUZZ_CHECK(loss_bits.value() == inUnits(l, Units::kBits), "bits: %s",
             input.c_str());
  long double sum_gradient = 0.0L;
  for (size_t i = 0; i < n; ++i) {
    FUZZ_CHECK(gradient[i] >= -1.0 && gradient[i] <= 1.0 &&
                   (i == k ? gradient[i] <= 0.0 : gradient[i] == p[i]),
               "gradient[%zu] = %s (softmax %s): %s", i,
               fuzz::show(gradient[i]).c_str(), fuzz::show(p[i]).c_str(),
               input.c_str());
    sum_gradient += gradient[i];
  }
  // softmax_k - 1 (or -s/(1+s) for the largest class): 4 eps relative to
  // numbers <= 1, as the softmax entries; they sum to 0 within 8 eps.
  FUZZ_CHECK(std::fabs(sum_gradient) <= 8 * kEps + n * 2 * kTiny,
             "gradient sums to %La: %s", sum_gradient, input.c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const std::vector<double> z = logits(in);
  size_t k = in.below(z.size() + 2);
  if (in.byte() % 32 == 0) k = SIZE_MAX - in.byte();
  check(z, k, in);
  return 0;
}
