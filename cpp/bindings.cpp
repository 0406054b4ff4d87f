// The one file that knows about Emscripten. Arrays arrive as one copy of a
// Float64Array; results leave as numbers, plain objects or fresh
// Float64Arrays (never views into the wasm heap). A refused input comes back
// as a string, the message, which web/kernels.js turns into a thrown Error:
// throwing across the boundary here would skip C++ destructors and leak.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <cmath>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "infotheory.hpp"
#include "vector_log.hpp"

namespace {

using emscripten::val;
using infotheory::InputError;
using infotheory::Units;

Units unitsOf(bool bits) { return bits ? Units::kBits : Units::kNats; }

// An array copied in from JS. Unlike convertJSArrayToNumberVector's
// std::vector, the buffer is not zero-filled before the copy overwrites it
// (about 1 ms per 10^6 entries).
class Doubles {
 public:
  explicit Doubles(size_t n) : data_(new double[n]), size_(n) {}
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  double* data() { return data_.get(); }
  double operator[](size_t i) const { return data_[i]; }
  operator std::span<const double>() const {  // NOLINT: implicit, as vector's
    return {data_.get(), size_};
  }

 private:
  std::unique_ptr<double[]> data_;
  size_t size_;
};

Doubles copyIn(const val& array) {
  Doubles out(array["length"].as<size_t>());
  // TypedArray.prototype.set: one copy, numbers converted as Number() does.
  val(emscripten::typed_memory_view(out.size(), out.data()))
      .call<void>("set", array);
  return out;
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

// Seeds: whole numbers a double holds exactly.
constexpr uint64_t kMaxSeed = (uint64_t{1} << 53) - 1;

std::string notCountIn(const char* name, double x, uint64_t lo, uint64_t hi) {
  return std::string(name) + " = " + infotheory::formatNumber(x) +
         " is not a whole number in [" + std::to_string(lo) + ", " +
         std::to_string(hi) + "]";
}

std::string notCount(const char* name, double x, uint64_t limit) {
  return notCountIn(name, x, 0, limit);
}

val convertInformation(double amount, bool fromBits, bool toBits) {
  return reply(infotheory::convertInformation(amount, unitsOf(fromBits),
                                              unitsOf(toBits)),
               number);
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

// A fresh Float64Array of n values written by `fill`, or fill's refusal.
template <class Fill>
val filled(size_t n, Fill fill) {
  std::vector<double> out(n);
  if (auto problem = fill(std::span<double>(out))) {
    return refused(problem->message);
  }
  return copyOut(out);
}

// A curve comes back as one Float64Array: n x values, then n y values.
// n is the `points` of the JS API, and named so in the message.
template <class Fill>
val curve(double n, Fill fill) {
  size_t count;
  if (!toCount(n, infotheory::kMaxCurvePoints, count) ||
      count < infotheory::kMinCurvePoints) {
    return refused(notCountIn("points", n, infotheory::kMinCurvePoints,
                              infotheory::kMaxCurvePoints));
  }
  return filled(2 * count, [&](std::span<double> xy) {
    return fill(xy.first(count), xy.last(count));
  });
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
  return filled(count, fill);
}

// distribution() for a k the caller gave (not P's length): at least one
// category, refused under the name k.
template <class Fill>
val categories(double k, Fill fill) {
  size_t count;
  if (!toCount(k, infotheory::kMaxCategories, count) || count < 1) {
    return refused(notCountIn("k", k, 1, infotheory::kMaxCategories));
  }
  return distribution(k, fill);
}

val uniformDistribution(double k) {
  return categories(k, [](std::span<double> out) {
    return infotheory::uniformDistribution(out);
  });
}

val pointMass(double k, double index) {
  size_t i;
  if (!toCount(index, infotheory::kMaxCategories, i)) {
    return refused(notCount("index", index, infotheory::kMaxCategories));
  }
  return categories(
      k, [&](std::span<double> out) { return infotheory::pointMass(i, out); });
}

val randomDistribution(double k, double seed) {
  uint64_t s;
  if (!toCount(seed, kMaxSeed, s))
    return refused(notCount("seed", seed, kMaxSeed));
  return categories(k, [&](std::span<double> out) {
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

val empiricalDistribution(const val& counts) {
  const auto cv = copyIn(counts);
  return filled(cv.size(), [&](std::span<double> out) {
    return infotheory::empiricalDistribution(cv, out);
  });
}

val resizeDistribution(const val& p, double k) {
  const auto pv = copyIn(p);
  return categories(k, [&](std::span<double> out) {
    return infotheory::resizeDistribution(pv, out);
  });
}

val logSpace(double lo, double hi, double n) {
  size_t count;
  if (!toCount(n, infotheory::kMaxCurvePoints, count)) {
    return refused(notCount("n", n, infotheory::kMaxCurvePoints));
  }
  return filled(count, [&](std::span<double> out) {
    return infotheory::logSpace(lo, hi, out);
  });
}

// Whole numbers 1..nMax spaced in log, at most `count` of them.
val logSpacedCounts(double n_max, double count) {
  size_t slots;
  if (!toCount(count, infotheory::kMaxCurvePoints, slots)) {
    return refused(notCount("count", count, infotheory::kMaxCurvePoints));
  }
  std::vector<double> out(slots);
  const auto written = infotheory::logSpacedCounts(n_max, out);
  if (!written.ok()) return refused(written.error());
  out.resize(written.value());
  return copyOut(out);
}

val logitsFor(const val& p, double floor) {
  const auto pv = copyIn(p);
  return filled(pv.size(), [&](std::span<double> out) {
    return infotheory::logitsFor(pv, floor, out);
  });
}

// --- Gaussians -------------------------------------------------------------

val gaussianKl(double mu1, double sigma1, double mu2, double sigma2,
               bool bits) {
  return reply(infotheory::gaussianKl(mu1, sigma1, mu2, sigma2, unitsOf(bits)),
               number);
}

val vaeKl(double mu, double sigma, bool bits) {
  return reply(infotheory::vaeKl(mu, sigma, unitsOf(bits)),
               [](const infotheory::VaeKlTerms& t) {
                 val out = val::object();
                 out.set("mean", t.mean);
                 out.set("variance", t.variance);
                 out.set("logVariance", t.logVariance);
                 out.set("constant", t.constant);
                 out.set("total", t.total);
                 return out;
               });
}

val gaussianEntropy(double sigma, bool bits) {
  return reply(infotheory::gaussianEntropy(sigma, unitsOf(bits)), number);
}

// The quadrature check, with the closed form beside it and their difference.
val gaussianKlByQuadrature(double mu1, double sigma1, double mu2, double sigma2,
                           bool bits) {
  const auto units = unitsOf(bits);
  const auto closed = infotheory::gaussianKl(mu1, sigma1, mu2, sigma2, units);
  return reply(
      infotheory::gaussianKlByQuadrature(mu1, sigma1, mu2, sigma2, units),
      [&](const infotheory::Quadrature& q) {
        val out = val::object();
        out.set("value", q.value);
        out.set("errorEstimate", q.errorEstimate);
        out.set("evaluations", q.evaluations);
        out.set("closedForm", closed.value());
        // Equal (also both infinite, beyond the doubles): no difference,
        // where infinity - infinity would be NaN.
        out.set("difference", q.value == closed.value()
                                  ? 0.0
                                  : std::fabs(q.value - closed.value()));
        return out;
      });
}

val gaussianDensityCurve(double mu, double sigma, double lo, double hi,
                         double n) {
  return curve(n, [&](std::span<double> x, std::span<double> y) {
    return infotheory::gaussianDensityCurve(mu, sigma, lo, hi, x, y);
  });
}

// A mixture arrives as its six numbers (web/kernels.js checks the shape).
infotheory::Mixture mixtureOf(double w1, double w2, double m1, double m2,
                              double s1, double s2) {
  return {{w1, w2}, {m1, m2}, {s1, s2}};
}

val mixtureDensityCurve(double w1, double w2, double m1, double m2, double s1,
                        double s2, double lo, double hi, double n) {
  const auto p = mixtureOf(w1, w2, m1, m2, s1, s2);
  return curve(n, [&](std::span<double> x, std::span<double> y) {
    return infotheory::mixtureDensityCurve(p, lo, hi, x, y);
  });
}

// p(x) for the mixture P at one point.
val mixtureDensityAt(double w1, double w2, double m1, double m2, double s1,
                     double s2, double x) {
  const auto p = mixtureOf(w1, w2, m1, m2, s1, s2);
  if (auto problem = infotheory::checkMixture(p)) {
    return refused(problem->message);
  }
  if (auto problem = infotheory::checkFinite(x, "x")) {
    return refused(problem->message);
  }
  return val(std::exp(infotheory::mixtureLogDensity(p, x)));
}

val fitGaussian(double w1, double w2, double m1, double m2, double s1,
                double s2, bool reverse, bool bits) {
  const auto direction = reverse ? infotheory::Direction::kReverse
                                 : infotheory::Direction::kForward;
  return reply(infotheory::fitGaussian(mixtureOf(w1, w2, m1, m2, s1, s2),
                                       direction, unitsOf(bits)),
               [](const infotheory::GaussianFit& f) {
                 val out = val::object();
                 out.set("mu", f.mu);
                 out.set("sigma", f.sigma);
                 out.set("kl", f.kl);
                 out.set("tie", f.tie);
                 if (f.tie) {
                   out.set("otherMu", f.otherMu);
                   out.set("otherSigma", f.otherSigma);
                 }
                 return out;
               });
}

// D(P || Q) or D(Q || P) for the mixture P and Q = N(mu, sigma^2).
val mixtureKl(double w1, double w2, double m1, double m2, double s1, double s2,
              double mu, double sigma, bool reverse, bool bits) {
  const auto p = mixtureOf(w1, w2, m1, m2, s1, s2);
  if (auto problem = infotheory::checkMixture(p)) {
    return refused(problem->message);
  }
  if (auto problem = infotheory::checkFinite(mu, "mu")) {
    return refused(problem->message);
  }
  if (auto problem = infotheory::checkPositive(sigma, "sigma")) {
    return refused(problem->message);
  }
  const double nats = reverse ? infotheory::reverseKlNats(p, mu, sigma)
                              : infotheory::forwardKlNats(p, mu, sigma);
  return val(infotheory::inUnits(nats, unitsOf(bits)));
}

val klLandscape(double w1, double w2, double m1, double m2, double s1,
                double s2, bool reverse, double mu_lo, double mu_hi,
                double n_mu, double log_sigma_lo, double log_sigma_hi,
                double n_log_sigma, bool bits) {
  constexpr size_t kLimit = 400;
  size_t columns, rows;
  if (!toCount(n_mu, kLimit, columns)) {
    return refused(notCount("nMu", n_mu, kLimit));
  }
  if (!toCount(n_log_sigma, kLimit, rows)) {
    return refused(notCount("nLogSigma", n_log_sigma, kLimit));
  }
  const auto direction = reverse ? infotheory::Direction::kReverse
                                 : infotheory::Direction::kForward;
  return filled(columns * rows, [&](std::span<double> out) {
    return infotheory::klLandscape(mixtureOf(w1, w2, m1, m2, s1, s2), direction,
                                   mu_lo, mu_hi, columns, log_sigma_lo,
                                   log_sigma_hi, rows, unitsOf(bits), out);
  });
}

// --- Softmax ----------------------------------------------------------------

val logSoftmax(const val& logits) {
  const auto z = copyIn(logits);
  return filled(z.size(), [&](std::span<double> out) {
    return infotheory::logSoftmax(z, out);
  });
}

val softmax(const val& logits) {
  const auto z = copyIn(logits);
  return filled(z.size(), [&](std::span<double> out) {
    return infotheory::softmax(z, out);
  });
}

val softmaxCrossEntropy(const val& logits, double trueClass, bool bits) {
  const auto z = copyIn(logits);
  size_t index;  // range-checked against the logits by the kernel
  if (!toCount(trueClass, infotheory::kMaxCategories, index)) {
    return refused(
        notCount("trueClass", trueClass, infotheory::kMaxCategories));
  }
  return reply(infotheory::softmaxCrossEntropy(z, index, unitsOf(bits)),
               number);
}

val softmaxCrossEntropyGradient(const val& logits, double trueClass,
                                bool bits) {
  const auto z = copyIn(logits);
  size_t index;
  if (!toCount(trueClass, infotheory::kMaxCategories, index)) {
    return refused(
        notCount("trueClass", trueClass, infotheory::kMaxCategories));
  }
  return filled(z.size(), [&](std::span<double> out) {
    return infotheory::softmaxCrossEntropyGradient(z, index, out,
                                                   unitsOf(bits));
  });
}

// --- Sampling ---------------------------------------------------------------

val sampleCounts(const val& p, double n, double seed) {
  const auto pv = copyIn(p);
  uint64_t draws, s;
  if (!toCount(n, infotheory::kMaxDraws, draws)) {
    return refused(notCount("n", n, infotheory::kMaxDraws));
  }
  if (!toCount(seed, kMaxSeed, s))
    return refused(notCount("seed", seed, kMaxSeed));
  return filled(pv.size(), [&](std::span<double> out) {
    return infotheory::sampleCounts(pv, draws, s, out);
  });
}

val nllConvergence(const val& p, const val& q, double seed,
                   const val& checkpoints, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q), cv = copyIn(checkpoints);
  uint64_t s;
  if (!toCount(seed, kMaxSeed, s))
    return refused(notCount("seed", seed, kMaxSeed));
  return filled(cv.size(), [&](std::span<double> out) {
    return infotheory::nllConvergence(pv, qv, s, cv, unitsOf(bits), out);
  });
}

// --- Trust regions ----------------------------------------------------------

val policyUpdate(const val& pi_old, const val& advantages, double alpha) {
  const auto pv = copyIn(pi_old), av = copyIn(advantages);
  return filled(pv.size(), [&](std::span<double> out) {
    return infotheory::policyUpdate(pv, av, alpha, out);
  });
}

val klAlongUpdate(const val& pi_old, const val& advantages, const val& alphas,
                  bool bits) {
  const auto pv = copyIn(pi_old), av = copyIn(advantages), al = copyIn(alphas);
  return filled(al.size(), [&](std::span<double> out) {
    return infotheory::klAlongUpdate(pv, av, al, unitsOf(bits), out);
  });
}

val maxStepWithinBudget(const val& pi_old, const val& advantages, double delta,
                        bool bits) {
  const auto pv = copyIn(pi_old), av = copyIn(advantages);
  return reply(infotheory::maxStepWithinBudget(pv, av, delta, unitsOf(bits)),
               number);
}

// Three curves in one Float64Array: unclipped, clipped, penalized.
val ppoSurrogate(const val& pi_old, const val& advantages, double epsilon,
                 double beta, const val& alphas) {
  const auto pv = copyIn(pi_old), av = copyIn(advantages), al = copyIn(alphas);
  const size_t n = al.size();
  return filled(3 * n, [&](std::span<double> out) {
    return infotheory::ppoSurrogate(pv, av, epsilon, beta, al, out.first(n),
                                    out.subspan(n, n), out.last(n));
  });
}

val klEstimators(const val& pi_old, const val& advantages, double alpha,
                 double n, double seed, bool bits) {
  const auto pv = copyIn(pi_old), av = copyIn(advantages);
  uint64_t draws, s;
  if (!toCount(n, infotheory::kMaxDraws, draws)) {
    return refused(notCount("n", n, infotheory::kMaxDraws));
  }
  if (!toCount(seed, kMaxSeed, s))
    return refused(notCount("seed", seed, kMaxSeed));
  return reply(infotheory::klEstimators(pv, av, alpha, draws, s, unitsOf(bits)),
               [](const infotheory::KlEstimates& e) {
                 val out = val::object();
                 out.set("exact", e.exact);
                 out.set("k1Mean", e.k1Mean);
                 out.set("k1StdError", e.k1StdError);
                 out.set("k3Mean", e.k3Mean);
                 out.set("k3StdError", e.k3StdError);
                 return out;
               });
}

// --- Temperature ------------------------------------------------------------

val temper(const val& p, double t) {
  const auto pv = copyIn(p);
  return filled(pv.size(), [&](std::span<double> out) {
    return infotheory::temper(pv, t, out);
  });
}

val entropyAlongTemperature(const val& p, const val& temperatures, bool bits) {
  const auto pv = copyIn(p), tv = copyIn(temperatures);
  return filled(tv.size(), [&](std::span<double> out) {
    return infotheory::entropyAlongTemperature(pv, tv, unitsOf(bits), out);
  });
}

// --- Test hooks (not wrapped in web/kernels.js) ------------------------------

// log of each entry by the two-lane algorithm (cpp/vector_log.hpp), and by the
// C library, so that tests/js/vector-log.test.js can compare them in wasm.
val vectorLog(const val& x) {
  const auto xv = copyIn(x);
  std::vector<double> out(xv.size());
  infotheory::simd::logOfEach(xv, out);
  return copyOut(out);
}

val scalarLog(const val& x) {
  const auto xv = copyIn(x);
  std::vector<double> out(xv.size());
  for (size_t i = 0; i < xv.size(); ++i) out[i] = std::log(xv[i]);
  return copyOut(out);
}

// Bytes malloc has handed out and not yet taken back (dlmalloc's mallinfo:
// in-use chunks, headers included). Every binding frees what it allocates
// before it returns, so this comes back to the same number after any call;
// tests/js/soak.test.js checks that over 10^5 calls.
double heapBytesInUse() { return static_cast<double>(mallinfo().uordblks); }

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
  function("empiricalDistribution", &empiricalDistribution);
  function("logSpace", &logSpace);
  function("logSpacedCounts", &logSpacedCounts);
  function("logitsFor", &logitsFor);
  function("gaussianKl", &gaussianKl);
  function("vaeKl", &vaeKl);
  function("gaussianEntropy", &gaussianEntropy);
  function("gaussianKlByQuadrature", &gaussianKlByQuadrature);
  function("gaussianDensityCurve", &gaussianDensityCurve);
  function("mixtureDensityCurve", &mixtureDensityCurve);
  function("mixtureDensityAt", &mixtureDensityAt);
  function("fitGaussian", &fitGaussian);
  function("mixtureKl", &mixtureKl);
  function("klLandscape", &klLandscape);
  function("logSoftmax", &logSoftmax);
  function("softmax", &softmax);
  function("softmaxCrossEntropy", &softmaxCrossEntropy);
  function("softmaxCrossEntropyGradient", &softmaxCrossEntropyGradient);
  function("convertInformation", &convertInformation);
  function("sampleCounts", &sampleCounts);
  function("nllConvergence", &nllConvergence);
  function("policyUpdate", &policyUpdate);
  function("klAlongUpdate", &klAlongUpdate);
  function("maxStepWithinBudget", &maxStepWithinBudget);
  function("ppoSurrogate", &ppoSurrogate);
  function("klEstimators", &klEstimators);
  function("temper", &temper);
  function("entropyAlongTemperature", &entropyAlongTemperature);
  function("vectorLog", &vectorLog);
  function("scalarLog", &scalarLog);
  function("heapBytesInUse", &heapBytesInUse);
}
