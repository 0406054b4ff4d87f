// The one file in cpp/ that knows about Emscripten. Arrays arrive as one copy
// of a Float64Array; results leave as numbers, fresh Float64Arrays (never views
// into the wasm heap) or plain objects: the kernels' result records are
// registered once as value objects at the end. A refused input comes back as
// a string, the message, which web/kernels.js turns into a thrown Error:
// throwing across the boundary here would skip C++ destructors and leak.
// Each binding has the name of the public JS function it backs
// (heapBytesInUse: memoryUsage). Helpers that need no Embind are in
// bindings_support.hpp.
#include <emscripten/bind.h>
#include <emscripten/em_js.h>
#include <emscripten/em_macros.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <cstdint>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "bindings_support.hpp"
#include "infotheory.hpp"

// The length of a JS array, and one copy of it into the wasm heap
// (TypedArray.prototype.set: numbers converted as Number() does): one call
// into JS each, where going through val (a property, a memory view, a method
// call) took five and cost about 1 µs per array.
EM_JS(double, jsArrayLength, (emscripten::EM_VAL array),
      { return Emval.toValue(array).length; });
EM_JS(void, jsArrayCopy, (emscripten::EM_VAL array, double* out),
      { HEAPF64.set(Emval.toValue(array), out >> 3); });

namespace infotheory::bindings {
namespace {

using emscripten::val;

Doubles copyIn(const val& array) {
  Doubles out(static_cast<size_t>(jsArrayLength(array.as_handle())));
  if (!out.empty()) jsArrayCopy(array.as_handle(), out.data());
  return out;
}

val copyOut(const std::vector<double>& values) {
  val out = val::global("Float64Array").new_(values.size());
  out.call<void>(
      "set", val(emscripten::typed_memory_view(values.size(), values.data())));
  return out;
}

val refused(const std::string& message) { return val(message); }
val refused(const InputError& error) { return refused(error.message); }

// The kernel's result (a number, a registered value object or a fresh
// Float64Array), or why the input was refused.
template <class T>
val reply(const Result<T>& result) {
  if (!result.ok()) return refused(result.error());
  if constexpr (std::is_same_v<T, std::vector<double>>) {
    return copyOut(result.value());
  } else {
    return val(result.value());
  }
}

val convertInformation(double amount, bool fromBits, bool toBits) {
  return reply(infotheory::convertInformation(amount, unitsOf(fromBits),
                                              unitsOf(toBits)));
}

val surprise(double p, bool bits) {
  return reply(infotheory::surprise(p, unitsOf(bits)));
}

val jointSurprise(double p1, double p2, bool bits) {
  return reply(infotheory::jointSurprise(p1, p2, unitsOf(bits)));
}

val entropy(const val& p, bool bits) {
  const auto pv = copyIn(p);
  return reply(infotheory::entropy(pv, unitsOf(bits)));
}

val binaryEntropy(double p, bool bits) {
  return reply(infotheory::binaryEntropy(p, unitsOf(bits)));
}

val crossEntropy(const val& p, const val& q, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q);
  return reply(infotheory::crossEntropy(pv, qv, unitsOf(bits)));
}

val klDivergence(const val& p, const val& q, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q);
  return reply(infotheory::klDivergence(pv, qv, unitsOf(bits)));
}

val decompose(const val& p, const val& q, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q);
  return reply(infotheory::decompose(pv, qv, unitsOf(bits)));
}

// A fresh Float64Array of n values written by `fill`, or fill's refusal.
template <class Fill>
val filled(size_t n, Fill fill) {
  std::vector<double> out(n);
  if (auto problem = fill(std::span<double>(out))) return refused(*problem);
  return copyOut(out);
}

// A curve comes back as one Float64Array: n x values, then n y values.
// n is the `points` of the JS API, and named so in the message.
template <class Fill>
val curve(double n, Fill fill) {
  size_t count;
  if (auto problem =
          checkCountIn("points", n, kMinCurvePoints, kMaxCurvePoints, count)) {
    return refused(*problem);
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

// A distribution of k categories (at least one) built by `fill`, or the
// refusal.
template <class Fill>
val categories(double k, Fill fill) {
  size_t count;
  if (auto problem = checkCountIn("k", k, 1, kMaxCategories, count))
    return refused(*problem);
  return filled(count, fill);
}

val uniform(double k) {
  return categories(k, [](std::span<double> out) {
    return infotheory::uniformDistribution(out);
  });
}

val pointMass(double k, double index) {
  size_t i;
  if (auto problem = checkCount("index", index, kMaxCategories, i))
    return refused(*problem);
  return categories(
      k, [&](std::span<double> out) { return infotheory::pointMass(i, out); });
}

val randomDistribution(double k, double seed) {
  uint64_t s;
  if (auto problem = checkSeed(seed, s)) return refused(*problem);
  return categories(k, [&](std::span<double> out) {
    return infotheory::randomDistribution(s, out);
  });
}

val setProbability(const val& p, double index, double value) {
  const auto pv = copyIn(p);
  size_t i;  // range-checked against P's length by the kernel, after P
  if (auto problem = checkCount("index", index, kMaxCategories, i))
    return refused(*problem);
  return filled(pv.size(), [&](std::span<double> out) {
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
  if (auto problem = checkCount("n", n, kMaxCurvePoints, count))
    return refused(*problem);
  return filled(count, [&](std::span<double> out) {
    return infotheory::logSpace(lo, hi, out);
  });
}

// Whole numbers 1..nMax spaced in log, at most `count` of them.
val logSpacedCounts(double n_max, double count) {
  return reply(logSpacedCountsUpTo(n_max, count));
}

val logitsFor(const val& p, double floor) {
  const auto pv = copyIn(p);
  return filled(pv.size(), [&](std::span<double> out) {
    return infotheory::logitsFor(pv, floor, out);
  });
}

// --- Gaussians -------------------------------------------------------------

val gaussianKL(double mu1, double sigma1, double mu2, double sigma2,
               bool bits) {
  return reply(infotheory::gaussianKl(mu1, sigma1, mu2, sigma2, unitsOf(bits)));
}

val vaeKLTerms(double mu, double sigma, bool bits) {
  return reply(infotheory::vaeKl(mu, sigma, unitsOf(bits)));
}

val gaussianEntropy(double sigma, bool bits) {
  return reply(infotheory::gaussianEntropy(sigma, unitsOf(bits)));
}

val gaussianKLByQuadrature(double mu1, double sigma1, double mu2, double sigma2,
                           bool bits) {
  return reply(quadratureCheck(mu1, sigma1, mu2, sigma2, unitsOf(bits)));
}

val gaussianDensityCurve(double mu, double sigma, double lo, double hi,
                         double n) {
  return curve(n, [&](std::span<double> x, std::span<double> y) {
    return infotheory::gaussianDensityCurve(mu, sigma, lo, hi, x, y);
  });
}

val mixtureDensityCurve(double w1, double w2, double m1, double m2, double s1,
                        double s2, double lo, double hi, double n) {
  const auto p = mixtureOf(w1, w2, m1, m2, s1, s2);
  return curve(n, [&](std::span<double> x, std::span<double> y) {
    return infotheory::mixtureDensityCurve(p, lo, hi, x, y);
  });
}

val mixtureDensity(double w1, double w2, double m1, double m2, double s1,
                   double s2, double x) {
  return reply(mixtureDensityAt(mixtureOf(w1, w2, m1, m2, s1, s2), x));
}

// Not a value object: otherMu and otherSigma are there only for a tie.
val fitGaussian(double w1, double w2, double m1, double m2, double s1,
                double s2, bool reverse, bool bits) {
  const auto fit = infotheory::fitGaussian(mixtureOf(w1, w2, m1, m2, s1, s2),
                                           directionOf(reverse), unitsOf(bits));
  if (!fit.ok()) return refused(fit.error());
  const GaussianFit& f = fit.value();
  val out = val::object();
  out.set("mu", f.mu);
  out.set("sigma", f.sigma);
  out.set("kl", f.kl);
  out.set("tie", f.tie);
  out.set("behaviour", std::string(behaviourName(f.behaviour)));
  out.set("component", f.component);
  if (f.tie) {
    out.set("otherMu", f.otherMu);
    out.set("otherSigma", f.otherSigma);
  }
  return out;
}

val mixtureKL(double w1, double w2, double m1, double m2, double s1, double s2,
              double mu, double sigma, bool reverse, bool bits) {
  return reply(mixtureKlOf(mixtureOf(w1, w2, m1, m2, s1, s2), mu, sigma,
                           directionOf(reverse), unitsOf(bits)));
}

val klLandscape(double w1, double w2, double m1, double m2, double s1,
                double s2, bool reverse, double mu_lo, double mu_hi,
                double n_mu, double log_sigma_lo, double log_sigma_hi,
                double n_log_sigma, bool bits) {
  size_t columns, rows;
  if (auto problem = checkLandscapeSides(n_mu, n_log_sigma, columns, rows))
    return refused(*problem);
  return filled(columns * rows, [&](std::span<double> out) {
    return infotheory::klLandscape(
        mixtureOf(w1, w2, m1, m2, s1, s2), directionOf(reverse), mu_lo, mu_hi,
        columns, log_sigma_lo, log_sigma_hi, rows, unitsOf(bits), out);
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
  if (auto problem =
          checkCount("trueClass", trueClass, kMaxCategories, index)) {
    return refused(*problem);
  }
  return reply(infotheory::softmaxCrossEntropy(z, index, unitsOf(bits)));
}

val softmaxCrossEntropyGradient(const val& logits, double trueClass,
                                bool bits) {
  const auto z = copyIn(logits);
  size_t index;
  if (auto problem =
          checkCount("trueClass", trueClass, kMaxCategories, index)) {
    return refused(*problem);
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
  if (auto problem = checkCount("n", n, kMaxDraws, draws))
    return refused(*problem);
  if (auto problem = checkSeed(seed, s)) return refused(*problem);
  return filled(pv.size(), [&](std::span<double> out) {
    return infotheory::sampleCounts(pv, draws, s, out);
  });
}

val nllConvergence(const val& p, const val& q, double seed,
                   const val& checkpoints, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q), cv = copyIn(checkpoints);
  uint64_t s;
  if (auto problem = checkSeed(seed, s)) return refused(*problem);
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
  return reply(infotheory::maxStepWithinBudget(pv, av, delta, unitsOf(bits)));
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
  if (auto problem = checkCount("n", n, kMaxDraws, draws))
    return refused(*problem);
  if (auto problem = checkSeed(seed, s)) return refused(*problem);
  return reply(
      infotheory::klEstimators(pv, av, alpha, draws, s, unitsOf(bits)));
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

// --- Derivations (math): Jensen's inequality and the likelihood -------------

val jensenPoints(const val& p, const val& q, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q);
  const auto result = infotheory::jensenPoints(pv, qv, unitsOf(bits));
  if (!result.ok()) return refused(result.error());
  const auto& r = result.value();
  val out = val::object();
  out.set("indices", copyOut(r.indices));
  out.set("xs", copyOut(r.xs));
  out.set("logs", copyOut(r.logs));
  out.set("weights", copyOut(r.weights));
  out.set("meanX", r.meanX);
  out.set("meanLog", r.meanLog);
  out.set("logMean", r.logMean);
  return out;
}

val logCurve(double lo, double hi, double n, bool bits) {
  return curve(n, [&](std::span<double> x, std::span<double> y) {
    return infotheory::logCurve(lo, hi, unitsOf(bits), x, y);
  });
}

val logLikelihood(const val& counts, const val& q, bool bits) {
  const auto cv = copyIn(counts), qv = copyIn(q);
  return reply(infotheory::logLikelihood(cv, qv, unitsOf(bits)));
}

// Bytes malloc has handed out and not yet taken back (dlmalloc's mallinfo:
// in-use chunks, headers included). Every binding frees what it allocates
// before it returns, so this comes back to the same number after any call;
// tests/js/soak.test.js checks that over 10^5 calls.
double heapBytesInUse() { return static_cast<double>(mallinfo().uordblks); }

// --- area (issue 13): surprise as areas, draws you can watch ----------------

val surpriseTerms(const val& p, const val& q, bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q);
  return filled(kSurpriseColumns * pv.size(), [&](std::span<double> out) {
    return infotheory::surpriseTerms(pv, qv, unitsOf(bits), out);
  });
}

val drawOutcomes(const val& p, double n, double seed) {
  const auto pv = copyIn(p);
  uint64_t draws, s;
  if (auto problem = checkCount("n", n, kMaxDraws, draws))
    return refused(*problem);
  if (auto problem = checkSeed(seed, s)) return refused(*problem);
  return filled(static_cast<size_t>(draws), [&](std::span<double> out) {
    return infotheory::drawOutcomes(pv, s, out);
  });
}

val runningSurprise(const val& p, const val& q, const val& outcomes,
                    bool bits) {
  const auto pv = copyIn(p), qv = copyIn(q), xv = copyIn(outcomes);
  return filled(kRunningColumns * xv.size(), [&](std::span<double> out) {
    return infotheory::runningSurprise(pv, qv, xv, unitsOf(bits), out);
  });
}

// --- fitscode: prefix codes, messages, the KL integrand ----------------------

// Not a value object: the codewords are a JS array of strings.
val shannonCode(const val& q) {
  const auto qv = copyIn(q);
  const auto code = infotheory::shannonCode(qv);
  if (!code.ok()) return refused(code.error());
  val codewords = val::array();
  for (const auto& word : code.value().codewords)
    codewords.call<void>("push", word);
  val out = val::object();
  out.set("lengths", copyOut(code.value().lengths));
  out.set("codewords", codewords);
  out.set("kraftSum", code.value().kraftSum);
  return out;
}

val huffmanLengths(const val& q) {
  const auto qv = copyIn(q);
  return filled(qv.size(), [&](std::span<double> out) {
    return infotheory::huffmanLengths(qv, out);
  });
}

val averageCodeLength(const val& p, const val& lengths) {
  const auto pv = copyIn(p), lv = copyIn(lengths);
  return reply(infotheory::averageCodeLength(pv, lv));
}

val sampleMessage(const val& p, double n, double seed) {
  const auto pv = copyIn(p);
  uint64_t symbols, s;
  if (auto problem = checkCount("n", n, kMaxMessageSymbols, symbols))
    return refused(*problem);
  if (auto problem = checkSeed(seed, s)) return refused(*problem);
  return filled(symbols, [&](std::span<double> out) {
    return infotheory::sampleMessage(pv, s, out);
  });
}

val messageLength(const val& lengths, const val& symbols) {
  const auto lv = copyIn(lengths), sv = copyIn(symbols);
  return reply(infotheory::messageLength(lv, sv));
}

val klIntegrandCurve(double w1, double w2, double m1, double m2, double s1,
                     double s2, double mu, double sigma, bool reverse,
                     double lo, double hi, double n, bool bits) {
  const auto p = mixtureOf(w1, w2, m1, m2, s1, s2);
  return curve(n, [&](std::span<double> x, std::span<double> y) {
    return infotheory::klIntegrandCurve(p, mu, sigma, directionOf(reverse),
                                        unitsOf(bits), lo, hi, x, y);
  });
}

val curveExtremes(const val& x, const val& y) {
  const auto xv = copyIn(x), yv = copyIn(y);
  return reply(infotheory::curveExtremes(xv, yv));
}

// --- ml: the ELBO of the linear-Gaussian VAE ------------------------------

val vaeElbo(const val& x, const val& mu, const val& sigma, double s,
            bool bits) {
  const auto xv = copyIn(x);
  const auto mv = copyIn(mu);
  const auto sv = copyIn(sigma);
  return reply(infotheory::vaeElbo(xv, mv, sv, s, unitsOf(bits)));
}

val vaePosterior(double x, double s) {
  return reply(infotheory::vaePosterior(x, s));
}

// --- ml: the trust region over several states -------------------------------

val expectedKlAlongUpdate(const val& pi_old, const val& advantages,
                          const val& sizes, const val& weights,
                          const val& alphas, bool bits) {
  const auto pv = copyIn(pi_old), av = copyIn(advantages), sv = copyIn(sizes),
             wv = copyIn(weights), al = copyIn(alphas);
  return filled(al.size(), [&](std::span<double> out) {
    return infotheory::expectedKlAlongUpdate(pv, av, sv, wv, al, unitsOf(bits),
                                             out);
  });
}

val klPerState(const val& pi_old, const val& advantages, const val& sizes,
               const val& weights, double alpha, bool bits) {
  const auto pv = copyIn(pi_old), av = copyIn(advantages), sv = copyIn(sizes),
             wv = copyIn(weights);
  return filled(2 * sv.size(), [&](std::span<double> out) {
    return infotheory::klPerState(pv, av, sv, wv, alpha, unitsOf(bits), out);
  });
}

val maxStepWithinExpectedBudget(const val& pi_old, const val& advantages,
                                const val& sizes, const val& weights,
                                double delta, bool bits) {
  const auto pv = copyIn(pi_old), av = copyIn(advantages), sv = copyIn(sizes),
             wv = copyIn(weights);
  return reply(infotheory::maxStepWithinExpectedBudget(pv, av, sv, wv, delta,
                                                       unitsOf(bits)));
}

val importanceWeightsAt(const val& pi_old, const val& advantages,
                        const val& sizes, const val& weights, double alpha,
                        bool bits) {
  const auto pv = copyIn(pi_old), av = copyIn(advantages), sv = copyIn(sizes),
             wv = copyIn(weights);
  return reply(
      infotheory::importanceWeightsAt(pv, av, sv, wv, alpha, unitsOf(bits)));
}

}  // namespace

EMSCRIPTEN_BINDINGS(infotheory) {
  using emscripten::function;
  using emscripten::value_object;
  // The kernels' result records, as plain JS objects with these keys.
  value_object<JointSurprise>("JointSurprise")
      .field("probability", &JointSurprise::probability)
      .field("joint", &JointSurprise::joint)
      .field("sum", &JointSurprise::sum);
  value_object<Decomposition>("Decomposition")
      .field("entropy", &Decomposition::entropy)
      .field("crossEntropy", &Decomposition::crossEntropy)
      .field("kl", &Decomposition::kl)
      .field("reverseKl", &Decomposition::reverseKl);
  value_object<VaeKlTerms>("VaeKlTerms")
      .field("mean", &VaeKlTerms::mean)
      .field("variance", &VaeKlTerms::variance)
      .field("logVariance", &VaeKlTerms::logVariance)
      .field("constant", &VaeKlTerms::constant)
      .field("total", &VaeKlTerms::total);
  value_object<QuadratureCheck>("QuadratureCheck")
      .field("value", &QuadratureCheck::value)
      .field("errorEstimate", &QuadratureCheck::errorEstimate)
      .field("evaluations", &QuadratureCheck::evaluations)
      .field("closedForm", &QuadratureCheck::closedForm)
      .field("difference", &QuadratureCheck::difference);
  value_object<CurveExtremes>("CurveExtremes")  // fitscode
      .field("lowX", &CurveExtremes::lowX)
      .field("lowY", &CurveExtremes::lowY)
      .field("highX", &CurveExtremes::highX)
      .field("highY", &CurveExtremes::highY);
  value_object<KlEstimates>("KlEstimates")
      .field("exact", &KlEstimates::exact)
      .field("k1Mean", &KlEstimates::k1Mean)
      .field("k1StdError", &KlEstimates::k1StdError)
      .field("k3Mean", &KlEstimates::k3Mean)
      .field("k3StdError", &KlEstimates::k3StdError);
  // Longest array the JS wrapper passes in (checked there, before the copy).
  emscripten::constant("maxCategories", static_cast<double>(kMaxCategories));
  emscripten::constant("maxCurvePoints", static_cast<double>(kMaxCurvePoints));
  function("surprise", &surprise);
  function("jointSurprise", &jointSurprise);
  function("entropy", &entropy);
  function("binaryEntropy", &binaryEntropy);
  function("crossEntropy", &crossEntropy);
  function("klDivergence", &klDivergence);
  function("decompose", &decompose);
  function("surpriseCurve", &surpriseCurve);
  function("binaryEntropyCurve", &binaryEntropyCurve);
  function("uniform", &uniform);
  function("pointMass", &pointMass);
  function("randomDistribution", &randomDistribution);
  function("setProbability", &setProbability);
  function("resizeDistribution", &resizeDistribution);
  function("empiricalDistribution", &empiricalDistribution);
  function("logSpace", &logSpace);
  function("logSpacedCounts", &logSpacedCounts);
  function("logitsFor", &logitsFor);
  function("gaussianKL", &gaussianKL);
  function("vaeKLTerms", &vaeKLTerms);
  function("gaussianEntropy", &gaussianEntropy);
  function("gaussianKLByQuadrature", &gaussianKLByQuadrature);
  function("gaussianDensityCurve", &gaussianDensityCurve);
  function("mixtureDensityCurve", &mixtureDensityCurve);
  function("mixtureDensity", &mixtureDensity);
  function("fitGaussian", &fitGaussian);
  function("mixtureKL", &mixtureKL);
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
  function("heapBytesInUse", &heapBytesInUse);
  // Derivations (math).
  function("jensenPoints", &jensenPoints);
  function("logCurve", &logCurve);
  function("logLikelihood", &logLikelihood);
  // area (issue 13)
  function("surpriseTerms", &surpriseTerms);
  function("drawOutcomes", &drawOutcomes);
  function("runningSurprise", &runningSurprise);
  // fitscode: the coding panel's prefix codes and messages, the fits
  // panel's KL integrand.
  function("shannonCode", &shannonCode);
  function("huffmanLengths", &huffmanLengths);
  function("averageCodeLength", &averageCodeLength);
  function("sampleMessage", &sampleMessage);
  function("messageLength", &messageLength);
  function("klIntegrandCurve", &klIntegrandCurve);
  function("curveExtremes", &curveExtremes);
  // ml: the ELBO of the linear-Gaussian VAE (cpp/vae_elbo.hpp)
  value_object<ElboTerms>("ElboTerms")
      .field("reconstruction", &ElboTerms::reconstruction)
      .field("kl", &ElboTerms::kl)
      .field("elbo", &ElboTerms::elbo)
      .field("logEvidence", &ElboTerms::logEvidence)
      .field("gap", &ElboTerms::gap);
  value_object<PosteriorNormal>("PosteriorNormal")
      .field("mean", &PosteriorNormal::mean)
      .field("sd", &PosteriorNormal::sd);
  function("vaeElbo", &vaeElbo);
  function("vaePosterior", &vaePosterior);
  // ml: the trust region over several states (cpp/trust_region_states.hpp)
  value_object<ImportanceWeights>("ImportanceWeights")
      .field("surrogate", &ImportanceWeights::surrogate)
      .field("oldValue", &ImportanceWeights::oldValue)
      .field("expectedKl", &ImportanceWeights::expectedKl)
      .field("maxRatio", &ImportanceWeights::maxRatio)
      .field("secondMoment", &ImportanceWeights::secondMoment)
      .field("effectiveFraction", &ImportanceWeights::effectiveFraction);
  function("expectedKlAlongUpdate", &expectedKlAlongUpdate);
  function("klPerState", &klPerState);
  function("maxStepWithinExpectedBudget", &maxStepWithinExpectedBudget);
  function("importanceWeightsAt", &importanceWeightsAt);
}

}  // namespace infotheory::bindings
