// Building and editing distributions (distributions.hpp).
//
// Invariants: every output that is documented to be a distribution passes
// checkDistribution (the page feeds it back into the other kernels), and
//   uniform: every entry 1/K; pointMass: 1 at index, 0 elsewhere
//   randomDistribution: the same seed gives the same distribution
//   setProbability: out[index] = value exactly (1 when K = 1), the others
//   keep their proportions (equal shares if they were all 0)
//   empiricalDistribution: counts / total, to a few ulps
//   logitsFor: entries in [floor, 0], the largest 0; where no entry is cut
//   at the floor, softmax(logits) = P to the rounding of the logs
//   resizeDistribution: growing keeps P * K_old / K_new and gives 1 / K_new
//   to new categories; shrinking keeps the first entries' proportions
// and invalid input (bad P, K = 0, index outside, value not a probability,
// counts negative or all 0, floor >= 0, lengths that differ) is refused.

#include <algorithm>

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;
using fuzz::kTiny;

size_t outSize(fuzz::Bytes& in) {
  return in.byte() % 16 == 0 ? 0 : fuzz::categories(in);
}

void checkUniform(fuzz::Bytes& in) {
  std::vector<double> out(outSize(in));
  const std::string input = fuzz::format("K %zu", out.size());
  const auto problem = uniformDistribution(out);
  if (out.empty())
    return fuzz::expectRefused(problem, "uniformDistribution", input);
  fuzz::expectAccepted(problem, "uniformDistribution", input);
  fuzz::expectDistribution(out, "uniformDistribution", input);
  for (double x : out) {
    FUZZ_CHECK(x == 1.0 / out.size(), "entry %s: %s", fuzz::show(x).c_str(),
               input.c_str());
  }
}

void checkPointMass(fuzz::Bytes& in) {
  std::vector<double> out(outSize(in));
  const size_t index = in.byte() % 8 == 0 ? in.u64() : in.below(out.size() + 1);
  const std::string input = fuzz::format("K %zu index %zu", out.size(), index);
  const auto problem = pointMass(index, out);
  if (out.empty() || index >= out.size()) {
    return fuzz::expectRefused(problem, "pointMass", input);
  }
  fuzz::expectAccepted(problem, "pointMass", input);
  for (size_t i = 0; i < out.size(); ++i) {
    FUZZ_CHECK(out[i] == (i == index ? 1.0 : 0.0), "out[%zu] = %g: %s", i,
               out[i], input.c_str());
  }
}

void checkRandom(fuzz::Bytes& in) {
  std::vector<double> out(outSize(in)), again(out.size());
  const uint64_t seed = in.u64();
  const std::string input = fuzz::format("K %zu seed %llu", out.size(),
                                         static_cast<unsigned long long>(seed));
  const auto problem = randomDistribution(seed, out);
  if (out.empty())
    return fuzz::expectRefused(problem, "randomDistribution", input);
  fuzz::expectAccepted(problem, "randomDistribution", input);
  fuzz::expectDistribution(out, "randomDistribution", input);
  FUZZ_CHECK(!randomDistribution(seed, again) && again == out,
             "the same seed gave another distribution: %s", input.c_str());
}

void checkSetProbability(fuzz::Bytes& in) {
  const std::vector<double> p = fuzz::distribution(in);
  const size_t index = in.byte() % 16 == 0 ? in.u64() : in.below(p.size() + 1);
  const double value =
      in.byte() & 1 ? fuzz::between(in, 0.0, 1.0) : fuzz::anyDouble(in, 1.0);
  const size_t size = in.byte() % 16 == 0 ? p.size() + 1 : p.size();
  std::vector<double> out(size);
  const std::string input =
      fuzz::show(p) +
      fuzz::format(" index %zu value %a size %zu", index, value, size);
  const fuzz::Verdict verdict = fuzz::distributionVerdict(p);
  const auto problem = setProbability(p, index, value, out);
  if (verdict == fuzz::Verdict::kInvalid || index >= p.size() ||
      !(value >= 0.0 && value <= 1.0) || size != p.size()) {
    if (verdict != fuzz::Verdict::kEither)
      fuzz::expectRefused(problem, "setProbability", input);
    return;
  }
  if (verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(problem, "setProbability", input);
  if (problem) return;
  fuzz::expectDistribution(out, "setProbability", input);
  if (p.size() == 1) {
    FUZZ_CHECK(out[0] == 1.0, "K = 1: out %g: %s", out[0], input.c_str());
    return;
  }
  FUZZ_CHECK(out[index] == value, "out[index] = %s: %s",
             fuzz::show(out[index]).c_str(), input.c_str());
  // The others share 1 - value in their old proportions: out_i = (1 - value)
  // p_i / (sum of the other p), three roundings (4 eps) plus that of the
  // compensated sum; equally if they were all 0.
  long double rest = 0.0L;
  for (size_t i = 0; i < p.size(); ++i) {
    if (i != index) rest += p[i];
  }
  for (size_t i = 0; i < p.size(); ++i) {
    if (i == index) continue;
    const long double want = rest > 0.0L ? (1.0L - value) * (p[i] / rest)
                                         : (1.0L - value) / (p.size() - 1);
    const double w = static_cast<double>(want);
    FUZZ_CHECK(fuzz::near(out[i], w, 4 * kEps * w + 2 * kTiny),
               "out[%zu] = %s, want %s: %s", i, fuzz::show(out[i]).c_str(),
               fuzz::show(w).c_str(), input.c_str());
  }
}

void checkEmpirical(fuzz::Bytes& in) {
  std::vector<double> counts(outSize(in));
  const uint8_t kind = in.byte() % 4;
  for (double& c : counts) {
    c = kind == 0   ? fuzz::anyDouble(in, 1e3)
        : kind == 1 ? std::fabs(fuzz::wide(in))
                    : static_cast<double>(in.byte() % 6);
  }
  const size_t size = in.byte() % 16 == 0 ? counts.size() + 1 : counts.size();
  std::vector<double> out(size);
  const std::string input = fuzz::show(counts);
  bool valid = !counts.empty() && size == counts.size();
  bool positive = false;
  for (double c : counts) {
    valid = valid && std::isfinite(c) && c >= 0.0;
    positive = positive || c > 0.0;
  }
  const auto problem = empiricalDistribution(counts, out);
  if (!valid || !positive)
    return fuzz::expectRefused(problem, "empiricalDistribution", input);
  fuzz::expectAccepted(problem, "empiricalDistribution", input);
  fuzz::expectDistribution(out, "empiricalDistribution", input);
  const long double total = fuzz::preciseSum(counts);
  for (size_t i = 0; i < counts.size(); ++i) {
    // counts / (compensated total): 2 roundings; the long double total of
    // doubles that may span 600 binades is exact to 2^-64 relative.
    const double want = static_cast<double>(counts[i] / total);
    FUZZ_CHECK(fuzz::near(out[i], want, 3 * kEps * want + 2 * kTiny),
               "out[%zu] = %s, counts / total = %s: %s", i,
               fuzz::show(out[i]).c_str(), fuzz::show(want).c_str(),
               input.c_str());
  }
}

void checkLogitsFor(fuzz::Bytes& in) {
  const std::vector<double> p = fuzz::distribution(in);
  const double floor = in.byte() & 1 ? -fuzz::logUniform(in, -1.0, 3.0)
                                     : fuzz::anyDouble(in, 50.0);
  const size_t size = in.byte() % 16 == 0 ? p.size() + 1 : p.size();
  std::vector<double> out(size);
  const std::string input = fuzz::show(p) + " floor " + fuzz::show(floor);
  const fuzz::Verdict verdict = fuzz::distributionVerdict(p);
  const auto problem = logitsFor(p, floor, out);
  if (verdict == fuzz::Verdict::kInvalid ||
      !(std::isfinite(floor) && floor < 0.0) || size != p.size()) {
    if (verdict != fuzz::Verdict::kEither)
      fuzz::expectRefused(problem, "logitsFor", input);
    return;
  }
  if (verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(problem, "logitsFor", input);
  if (problem) return;
  bool cut = false;
  for (size_t i = 0; i < p.size(); ++i) {
    FUZZ_CHECK(out[i] >= floor && out[i] <= 0.0, "logit[%zu] = %s: %s", i,
               fuzz::show(out[i]).c_str(), input.c_str());
    cut = cut || out[i] == floor;
  }
  FUZZ_CHECK(*std::max_element(out.begin(), out.end()) == 0.0,
             "the largest logit is not 0: %s", input.c_str());
  if (cut) return;
  std::vector<double> back(p.size());
  FUZZ_CHECK(!softmax(out, back), "softmax refused logitsFor's logits: %s",
             input.c_str());
  // log p_i - log max: the two logs carry 1 ulp each of numbers as large
  // as |log p_i| and |log max|; the softmax (itself ~4 eps) of logits off by
  // d_i is off by d_i - sum_j p_j d_j relative. P sums to 1 only within
  // 1e-9: the softmax renormalises.
  const long double s = fuzz::preciseSum(p);
  const double top = std::log(*std::max_element(p.begin(), p.end()));
  double mean_error = 0.0;
  for (double x : p)
    mean_error += x * kEps * (std::fabs(std::log(x)) + std::fabs(top));
  for (size_t i = 0; i < p.size(); ++i) {
    const double want = static_cast<double>(p[i] / s);
    const double relative =
        4 * kEps + 2 * kEps * (std::fabs(std::log(p[i])) + std::fabs(top)) +
        2 * mean_error;
    FUZZ_CHECK(fuzz::near(back[i], want, relative * want + 2 * kTiny),
               "softmax(logitsFor(P))[%zu] = %s, P / sum P = %s: %s", i,
               fuzz::show(back[i]).c_str(), fuzz::show(want).c_str(),
               input.c_str());
  }
}

void checkResize(fuzz::Bytes& in) {
  const std::vector<double> p = fuzz::distribution(in);
  std::vector<double> out(outSize(in));
  const std::string input =
      fuzz::show(p) + fuzz::format(" to K %zu", out.size());
  const fuzz::Verdict verdict = fuzz::distributionVerdict(p);
  const auto problem = resizeDistribution(p, out);
  if (verdict == fuzz::Verdict::kInvalid || out.empty()) {
    if (verdict != fuzz::Verdict::kEither)
      fuzz::expectRefused(problem, "resizeDistribution", input);
    return;
  }
  if (verdict == fuzz::Verdict::kValid)
    fuzz::expectAccepted(problem, "resizeDistribution", input);
  if (problem) return;
  fuzz::expectDistribution(out, "resizeDistribution", input);
  const size_t old_k = p.size(), new_k = out.size();
  if (new_k >= old_k) {
    for (size_t i = 0; i < new_k; ++i) {
      const double want =
          i < old_k ? p[i] * (static_cast<double>(old_k) / new_k) : 1.0 / new_k;
      FUZZ_CHECK(out[i] == want, "grown out[%zu] = %s, want %s: %s", i,
                 fuzz::show(out[i]).c_str(), fuzz::show(want).c_str(),
                 input.c_str());
    }
    return;
  }
  const long double kept = fuzz::preciseSum(std::span(p).first(new_k));
  for (size_t i = 0; i < new_k; ++i) {
    const double want =
        kept > 0.0L ? static_cast<double>(p[i] / kept) : 1.0 / new_k;
    FUZZ_CHECK(fuzz::near(out[i], want, 3 * kEps * want + 2 * kTiny),
               "shrunk out[%zu] = %s, want %s: %s", i,
               fuzz::show(out[i]).c_str(), fuzz::show(want).c_str(),
               input.c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  switch (in.byte() % 7) {
    case 0:
      checkUniform(in);
      break;
    case 1:
      checkPointMass(in);
      break;
    case 2:
      checkRandom(in);
      break;
    case 3:
      checkSetProbability(in);
      break;
    case 4:
      checkEmpirical(in);
      break;
    case 5:
      checkLogitsFor(in);
      break;
    default:
      checkResize(in);
      break;
  }
  return 0;
}
