// Entropy, cross-entropy, KL divergence and their decomposition
// (entropy.hpp, cross_entropy.hpp, kl_divergence.hpp, decomposition.hpp).
//
// Invariants, for P and Q that checkPair accepts:
//   0 <= H(P) <= s log(K / s)  (K positive entries, s = sum P; log K if s = 1)
//   H, H(P, Q), D(P || Q) each match a long-double reference to a few ulps
//   H(P, Q) = H(P) + D(P || Q) (the identity holds term by term)
//   D >= 0, never -0; D = 0 and H(P, Q) = H(P) exactly when Q == P
//   H(P, Q) = D(P || Q) = +inf exactly when some Q_i = 0 < P_i
//   decompose() returns the four single kernels' values bit for bit
//   bits = nats * log2(e), as units.hpp defines
// and anything else is refused with a message, never answered with NaN.
// klTerm(p, q) for any p, q > 0 matches a long-double reference.

#include <algorithm>

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;
using fuzz::kTiny;

struct Reference {
  double entropy = 0.0, crossEntropy = 0.0, kl = 0.0;
  double klMagnitude = 0.0;  // sum |p log(p / q)|: what rounding scales with
  bool qMissesP = false;
  size_t support = 0;
};

Reference reference(std::span<const double> p, std::span<const double> q) {
  long double h = 0.0L, ce = 0.0L, kl = 0.0L, magnitude = 0.0L;
  Reference r;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == 0.0) continue;
    ++r.support;
    h -= p[i] * std::log(static_cast<long double>(p[i]));
    if (q[i] == 0.0) {
      r.qMissesP = true;
      continue;
    }
    ce -= p[i] * std::log(static_cast<long double>(q[i]));
    const long double term = p[i] * fuzz::referenceLogRatio(p[i], q[i]);
    kl += term;
    magnitude += std::fabs(term);
  }
  r.entropy = static_cast<double>(h);
  r.crossEntropy = static_cast<double>(ce);
  r.kl = static_cast<double>(kl);
  r.klMagnitude = static_cast<double>(magnitude);
  return r;
}

void checkEntropy(std::span<const double> p) {
  const std::string input = fuzz::show(p);
  const fuzz::Verdict verdict = fuzz::distributionVerdict(p);
  const auto nats = entropy(p), bits = entropy(p, Units::kBits);
  if (verdict == fuzz::Verdict::kInvalid) {
    fuzz::expectRefused(nats, "entropy", input);
    fuzz::expectRefused(bits, "entropy(bits)", input);
    return;
  }
  if (verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(nats, "entropy", input);
  if (!nats.ok()) return;
  FUZZ_CHECK(bits.ok(), "entropy: nats accepted, bits refused: %s",
             input.c_str());
  const double h = nats.value();
  FUZZ_CHECK(h >= 0.0 && !std::signbit(h) && std::isfinite(h),
             "H = %s not a finite number >= +0: %s", fuzz::show(h).c_str(),
             input.c_str());
  FUZZ_CHECK(bits.value() == inUnits(h, Units::kBits),
             "H in bits %s != H in nats * log2 e: %s",
             fuzz::show(bits.value()).c_str(), input.c_str());
  const Reference r = reference(p, p);
  // Each term -p log p is >= 0 with ~2 ulps of error (fdlibm's log < 1 ulp,
  // a product, a sum with compensation): 4 eps relative. A subnormal term
  // has an absolute error of up to half the smallest subnormal.
  FUZZ_CHECK(fuzz::near(h, r.entropy, 4 * kEps * r.entropy + p.size() * kTiny),
             "H = %s, reference %s: %s", fuzz::show(h).c_str(),
             fuzz::show(r.entropy).c_str(), input.c_str());
  // The maximum of -sum p log p over K entries summing to s is s log(K/s)
  // (log K for s = 1); s may miss 1 by 1e-9, which the bound follows.
  const long double s = fuzz::preciseSum(p);
  // (log K - log s, not log(K / s): the rounded K / s would lose the
  // digits of a tiny log(1 / s).)
  const double bound = static_cast<double>(
      s * (std::log(static_cast<long double>(r.support)) - std::log(s)));
  FUZZ_CHECK(h <= bound * (1 + 8 * kEps) + p.size() * kTiny,
             "H = %s above s log(K/s) = %s (K = %zu): %s",
             fuzz::show(h).c_str(), fuzz::show(bound).c_str(), r.support,
             input.c_str());
  if (r.support == 1 && s == 1.0L) {
    FUZZ_CHECK(h == 0.0, "point mass: H = %s, not 0: %s", fuzz::show(h).c_str(),
               input.c_str());
  }
}

void checkPairKernels(std::span<const double> p, std::span<const double> q) {
  const std::string input = fuzz::show(p) + " " + fuzz::show(q);
  fuzz::Verdict verdict =
      fuzz::both(fuzz::distributionVerdict(p), fuzz::distributionVerdict(q));
  if (p.size() != q.size()) verdict = fuzz::Verdict::kInvalid;
  const auto ce = crossEntropy(p, q), kl = klDivergence(p, q);
  const auto ce_bits = crossEntropy(p, q, Units::kBits);
  const auto kl_bits = klDivergence(p, q, Units::kBits);
  const auto parts = decompose(p, q),
             parts_bits = decompose(p, q, Units::kBits);
  if (verdict == fuzz::Verdict::kInvalid) {
    fuzz::expectRefused(ce, "crossEntropy", input);
    fuzz::expectRefused(kl, "klDivergence", input);
    fuzz::expectRefused(ce_bits, "crossEntropy(bits)", input);
    fuzz::expectRefused(kl_bits, "klDivergence(bits)", input);
    fuzz::expectRefused(parts, "decompose", input);
    fuzz::expectRefused(parts_bits, "decompose(bits)", input);
    return;
  }
  if (verdict == fuzz::Verdict::kValid) {
    fuzz::expectAccepted(ce, "crossEntropy", input);
    fuzz::expectAccepted(kl, "klDivergence", input);
    fuzz::expectAccepted(parts, "decompose", input);
  }
  // All of them check the same pair with the same function.
  FUZZ_CHECK(ce.ok() == kl.ok() && kl.ok() == parts.ok() &&
                 parts.ok() == parts_bits.ok() && ce.ok() == ce_bits.ok() &&
                 kl.ok() == kl_bits.ok(),
             "kernels disagree on whether the pair is valid: %s",
             input.c_str());
  if (!ce.ok()) return;

  const double h = entropy(p).value();
  const double cross = ce.value(), d = kl.value();
  const double reverse = klDivergence(q, p).value();
  const Reference r = reference(p, q);

  FUZZ_CHECK(!std::isnan(cross) && !std::isnan(d), "NaN: H(P,Q) %s D %s: %s",
             fuzz::show(cross).c_str(), fuzz::show(d).c_str(), input.c_str());
  FUZZ_CHECK(d >= 0.0 && !std::signbit(d), "D(P||Q) = %s < +0: %s",
             fuzz::show(d).c_str(), input.c_str());
  FUZZ_CHECK(reverse >= 0.0 && !std::signbit(reverse), "D(Q||P) = %s < +0: %s",
             fuzz::show(reverse).c_str(), input.c_str());
  FUZZ_CHECK(std::isinf(cross) == r.qMissesP && std::isinf(d) == r.qMissesP,
             "infinite H(P,Q) = %s / D = %s exactly when Q misses P (%d): %s",
             fuzz::show(cross).c_str(), fuzz::show(d).c_str(), r.qMissesP,
             input.c_str());
  if (std::equal(p.begin(), p.end(), q.begin())) {
    FUZZ_CHECK(d == 0.0 && reverse == 0.0, "Q == P but D = %s, %s: %s",
               fuzz::show(d).c_str(), fuzz::show(reverse).c_str(),
               input.c_str());
    FUZZ_CHECK(cross == h, "Q == P but H(P,Q) = %s != H(P) = %s: %s",
               fuzz::show(cross).c_str(), fuzz::show(h).c_str(), input.c_str());
  }

  // decompose() is the single kernels, bit for bit, in either unit.
  const Decomposition& n = parts.value();
  const Decomposition& b = parts_bits.value();
  FUZZ_CHECK(n.entropy == h && n.crossEntropy == cross && n.kl == d &&
                 n.reverseKl == reverse,
             "decompose differs from the single kernels: %s", input.c_str());
  FUZZ_CHECK(b.entropy == inUnits(h, Units::kBits) &&
                 b.crossEntropy == inUnits(cross, Units::kBits) &&
                 b.kl == inUnits(d, Units::kBits) &&
                 b.reverseKl == inUnits(reverse, Units::kBits) &&
                 ce_bits.value() == inUnits(cross, Units::kBits) &&
                 kl_bits.value() == inUnits(d, Units::kBits),
             "bits are not nats * log2 e: %s", input.c_str());
  if (r.qMissesP) return;

  // Against the long-double references. Cross-entropy terms -p log q are
  // all >= 0: 4 eps relative, as for H. KL terms have both signs; each is
  // within ~2.5 ulps of itself (log1p of a once-rounded (p - q)/q, or the
  // log of a once-rounded ratio beyond a factor 2), so the error scales with
  // sum |term|, not with D (cancellation is the input's, not the kernel's).
  const size_t n_terms = p.size();
  FUZZ_CHECK(fuzz::near(cross, r.crossEntropy,
                        4 * kEps * r.crossEntropy + n_terms * kTiny),
             "H(P,Q) = %s, reference %s: %s", fuzz::show(cross).c_str(),
             fuzz::show(r.crossEntropy).c_str(), input.c_str());
  const double kl_tolerance = 8 * kEps * r.klMagnitude + n_terms * kTiny;
  FUZZ_CHECK(fuzz::near(d, std::max(0.0, r.kl), kl_tolerance),
             "D(P||Q) = %s, reference %s (sum |terms| %s): %s",
             fuzz::show(d).c_str(), fuzz::show(r.kl).c_str(),
             fuzz::show(r.klMagnitude).c_str(), input.c_str());

  // H(P, Q) = H(P) + D(P || Q): -p log q = -p log p + p log(p / q) for every
  // term, so the three kernels' error bounds add: 4 eps (H + H(P,Q)) + 8 eps
  // sum |p log(p / q)|, about 1e-15 relative. D is clamped at 0 (Gibbs), but
  // for sums that miss 1 by up to 1e-9 the raw sum may be below 0 (down to
  // s_P log(s_P / s_Q) ~ -2e-9, log-sum inequality): the amount clamped off,
  // -(the reference's raw sum), is allowed on top when positive.
  const double clamped = std::max(0.0, -r.kl);
  const double tolerance = 4 * kEps * (h + cross) + kl_tolerance +
                           clamped * (1 + 1e-6) + 3 * n_terms * kTiny;
  FUZZ_CHECK(std::fabs(cross - (h + d)) <= tolerance,
             "H(P,Q) = %s but H(P) + D = %s + %s (tolerance %s): %s",
             fuzz::show(cross).c_str(), fuzz::show(h).c_str(),
             fuzz::show(d).c_str(), fuzz::show(tolerance).c_str(),
             input.c_str());
}

// klTerm(p, q) = p log(p / q) for p, q > 0 (outside the contract: skipped).
void checkKlTerm(fuzz::Bytes& in) {
  const double p =
      std::fabs(in.byte() & 1 ? fuzz::wide(in) : fuzz::special(in));
  double q = std::fabs(in.byte() & 1 ? fuzz::wide(in) : fuzz::special(in));
  if (in.byte() & 1) q = std::nextafter(p, in.byte() & 1 ? 0.0 : fuzz::kInf);
  if (!(p > 0.0 && q > 0.0 && std::isfinite(p) && std::isfinite(q))) return;
  const double got = klTerm(p, q);
  const long double want = p * fuzz::referenceLogRatio(p, q);
  // ~2.5 ulps (logRatio's cases, see stable_log.hpp, then one product); a
  // subnormal product has an absolute error of up to half a subnormal step.
  const double w = static_cast<double>(want);
  FUZZ_CHECK(fuzz::near(got, w, 4 * kEps * std::fabs(w) + kTiny),
             "klTerm(%s, %s) = %s, reference %s", fuzz::show(p).c_str(),
             fuzz::show(q).c_str(), fuzz::show(got).c_str(),
             fuzz::show(w).c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  if (in.byte() % 8 == 7) {
    checkKlTerm(in);
    return 0;
  }
  const std::vector<double> p = fuzz::distribution(in);
  const std::vector<double> q = fuzz::partner(in, p);
  checkEntropy(p);
  checkEntropy(q);
  checkPairKernels(p, q);
  checkPairKernels(q, p);
  return 0;
}
