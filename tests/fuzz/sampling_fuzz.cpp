// Seeded draws from a categorical distribution (sampling.hpp).
//
// Invariants, for a P that checkDistribution accepts:
//   sampleCounts: whole counts >= 0 adding up to n exactly, 0 wherever
//   P_i = 0, the same for the same seed
//   nllConvergence at each checkpoint n is -(1/n) sum c_i log Q_i over the
//   counts c of sampleCounts(P, n, seed) (the same draws), to a few ulps;
//   +inf exactly when a draw landed where Q = 0, and from then on
//   bits = nats * log2(e)
// and anything else (bad P or Q, unequal lengths, n > kMaxDraws,
// checkpoints not whole, not ascending, outside [1, kMaxDraws], outputs of
// the wrong length) is refused with a message.

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;

// Few draws mostly (each costs a binary search under the sanitizers), and
// the limits' edges.
uint64_t draws(fuzz::Bytes& in) {
  const uint8_t b = in.byte();
  if (b < 200) return b;
  if (b < 240) return in.below(3000);
  if (b < 250) return kMaxDraws + 1 + in.byte();
  return in.u64();  // huge: refused before any draw
}

void checkCounts(std::span<const double> p, fuzz::Bytes& in) {
  const uint64_t n = draws(in), seed = in.u64();
  const size_t size = in.byte() % 16 == 0 ? p.size() + 1 : p.size();
  std::vector<double> counts(size, -1.0);
  const std::string input =
      fuzz::show(p) + fuzz::format(" n %llu seed %llu size %zu",
                                   static_cast<unsigned long long>(n),
                                   static_cast<unsigned long long>(seed), size);
  const fuzz::Verdict verdict = fuzz::distributionVerdict(p);
  const auto problem = sampleCounts(p, n, seed, counts);
  if (verdict == fuzz::Verdict::kInvalid || n > kMaxDraws || size != p.size()) {
    if (verdict != fuzz::Verdict::kEither) {
      fuzz::expectRefused(problem, "sampleCounts", input);
    }
    return;
  }
  if (verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(problem, "sampleCounts", input);
  if (problem) return;
  long double total = 0.0L;
  for (size_t i = 0; i < p.size(); ++i) {
    FUZZ_CHECK(counts[i] >= 0.0 && std::floor(counts[i]) == counts[i],
               "counts[%zu] = %s: %s", i, fuzz::show(counts[i]).c_str(),
               input.c_str());
    FUZZ_CHECK(p[i] > 0.0 || counts[i] == 0.0,
               "counts[%zu] = %g where P = 0: %s", i, counts[i], input.c_str());
    total += counts[i];
  }
  FUZZ_CHECK(total == static_cast<long double>(n),
             "counts add to %Lg, not n: %s", total, input.c_str());
  std::vector<double> again(p.size());
  FUZZ_CHECK(!sampleCounts(p, n, seed, again) && again == counts,
             "the same seed gave other counts: %s", input.c_str());
}

// Whole, ascending, small mostly; sometimes one broken.
std::vector<double> checkpoints(fuzz::Bytes& in) {
  std::vector<double> c(in.byte() % 8);
  double at = 0.0;
  for (double& x : c) {
    at += in.byte() % 50;
    x = at;
  }
  if (!c.empty() && in.byte() % 4 == 0) {
    const double x = fuzz::special(in);
    // Valid but up to 10^7 draws (seconds under the sanitizers): the unit
    // tests have those; here the largest valid checkpoints become small.
    c[in.below(c.size())] = x > 5000.0 && x <= kMaxDraws ? x - 9999000.0 : x;
  }
  return c;
}

bool validCheckpoints(std::span<const double> c) {
  if (c.empty()) return false;
  for (size_t i = 0; i < c.size(); ++i) {
    if (!(c[i] >= 1.0 && c[i] <= static_cast<double>(kMaxDraws))) return false;
    if (std::floor(c[i]) != c[i]) return false;
    if (i > 0 && c[i] < c[i - 1]) return false;
  }
  return true;
}

void checkNll(std::span<const double> p, std::span<const double> q,
              fuzz::Bytes& in) {
  const uint64_t seed = in.u64();
  const std::vector<double> c = checkpoints(in);
  const size_t size = in.byte() % 16 == 0 ? c.size() + 1 : c.size();
  const bool bits = in.byte() & 1;
  std::vector<double> out(size), out_other(size);
  const std::string input =
      fuzz::show(p) + " " + fuzz::show(q) + " " + fuzz::show(c) +
      fuzz::format(" seed %llu size %zu", static_cast<unsigned long long>(seed),
                   size);
  fuzz::Verdict verdict =
      fuzz::both(fuzz::distributionVerdict(p), fuzz::distributionVerdict(q));
  if (p.size() != q.size() || !validCheckpoints(c) || size != c.size()) {
    verdict = fuzz::both(verdict, fuzz::Verdict::kInvalid);
  }
  const auto problem =
      nllConvergence(p, q, seed, c, bits ? Units::kBits : Units::kNats, out);
  if (verdict == fuzz::Verdict::kInvalid) {
    fuzz::expectRefused(problem, "nllConvergence", input);
    return;
  }
  if (verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(problem, "nllConvergence", input);
  if (problem) return;
  FUZZ_CHECK(!nllConvergence(p, q, seed, c, bits ? Units::kNats : Units::kBits,
                             out_other),
             "nllConvergence: units changed validity: %s", input.c_str());
  bool impossible = false;
  for (size_t j = 0; j < c.size(); ++j) {
    const uint64_t n = static_cast<uint64_t>(c[j]);
    std::vector<double> counts(p.size());
    FUZZ_CHECK(!sampleCounts(p, n, seed, counts), "sampleCounts refused: %s",
               input.c_str());
    long double sum = 0.0L;
    bool misses = false;
    for (size_t i = 0; i < p.size(); ++i) {
      if (counts[i] == 0.0) continue;
      if (q[i] == 0.0)
        misses = true;
      else
        sum -= counts[i] * std::log(static_cast<long double>(q[i]));
    }
    const double nats = bits ? out_other[j] : out[j];
    const double in_bits = bits ? out[j] : out_other[j];
    FUZZ_CHECK(in_bits == inUnits(nats, Units::kBits), "bits at %zu: %s", j,
               input.c_str());
    FUZZ_CHECK(std::isinf(nats) == misses && (!impossible || misses),
               "checkpoint %zu: %s, a draw where Q = 0: %d: %s", j,
               fuzz::show(nats).c_str(), misses, input.c_str());
    impossible = misses;
    if (misses) continue;
    // Each -log Q within 1 ulp, summed with compensation, all >= 0, one
    // division: 4 eps relative.
    const double want = static_cast<double>(sum / n);
    FUZZ_CHECK(
        fuzz::near(nats, want, 4 * kEps * want),
        "checkpoint %zu (n = %llu): average NLL %s, from the counts %s: %s", j,
        static_cast<unsigned long long>(n), fuzz::show(nats).c_str(),
        fuzz::show(want).c_str(), input.c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const std::vector<double> p = fuzz::distribution(in);
  if (in.byte() & 1) {
    checkCounts(p, in);
  } else {
    const std::vector<double> q = fuzz::partner(in, p);
    checkNll(p, q, in);
  }
  return 0;
}
