#include "sampling.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "random.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

// Inverse-CDF sampling on the compensated running sums of P.
class Categorical {
  static constexpr size_t kGuideFrom = 256;

 public:
  explicit Categorical(std::span<const double> p) : cumulative_(p.size()) {
    NeumaierSum sum;
    double previous = 0.0;
    for (size_t i = 0; i < p.size(); ++i) {
      sum.add(p[i]);
      // A zero category must get an empty interval, and the sums must not
      // step backwards by a rounding: both are forced, not hoped for.
      const double c = p[i] > 0.0 ? std::max(sum.value(), previous) : previous;
      cumulative_[i] = c;
      previous = c;
      if (p[i] > 0.0) last_positive_ = i;
    }
    total_ = previous;
    // Chen and Asau's guide table (1974): guide_[j] is the first i with
    // cumulative[i] > total * j / K, so a draw searches only its bucket's
    // few categories: at K = 10^7 a binary search over all of them costs
    // ~23 cache misses a draw (10^7 draws took 23 s in wasm). A few
    // hundred categories fit in the cache and need none.
    const size_t k = cumulative_.size();
    if (k < kGuideFrom) return;
    guide_.resize(k + 1);
    size_t i = 0;
    for (size_t j = 0; j <= k; ++j) {
      const double edge =
          total_ * (static_cast<double>(j) / static_cast<double>(k));
      while (i < k && cumulative_[i] <= edge) ++i;
      guide_[j] = i;
    }
  }

  // The first i with u * total < cumulative[i], for u uniform on [0, 1):
  // category i is drawn with probability p_i / total exactly up to the
  // 2^-53 grid of u. A zero category ties with its predecessor's sum and so
  // is never the first above; the clamp gives the last positive category
  // whatever rounding leaves at the top.
  size_t draw(SplitMix64& rng) const {
    const double u = static_cast<double>(rng.next() >> 11) * 0x1.0p-53;
    const double target = u * total_;
    // The same index as the search over everything: the bucket is used
    // only if it provably holds the answer (rounding can put a target just
    // outside the bucket u falls in).
    const size_t k = cumulative_.size();
    auto first = cumulative_.begin(), last = cumulative_.end();
    if (!guide_.empty()) {
      const size_t j =
          std::min(static_cast<size_t>(u * static_cast<double>(k)), k - 1);
      const size_t lo = guide_[j], hi = guide_[j + 1];
      if ((lo == 0 || cumulative_[lo - 1] <= target) &&
          (hi == k || cumulative_[hi] > target)) {
        last = cumulative_.begin() +
               static_cast<std::ptrdiff_t>(std::min(hi + 1, k));
        first = cumulative_.begin() + static_cast<std::ptrdiff_t>(lo);
      }
    }
    const auto it = std::upper_bound(first, last, target);
    const auto i = static_cast<size_t>(it - cumulative_.begin());
    return std::min(i, last_positive_);
  }

 private:
  std::vector<double> cumulative_;
  std::vector<size_t> guide_;
  double total_ = 0.0;
  size_t last_positive_ = 0;
};

std::optional<InputError> checkDrawCount(uint64_t n) {
  if (n > kMaxDraws) {
    return InputError{"n = " + std::to_string(n) + " is outside [0, " +
                      std::to_string(kMaxDraws) + "]"};
  }
  return std::nullopt;
}

// Ascending (repeats allowed) whole numbers in [1, kMaxDraws].
std::optional<InputError> checkCheckpoints(std::span<const double> c) {
  if (auto problem = checkFiniteArray(c, "checkpoints")) return problem;
  const auto label = [](size_t i) {
    return "checkpoints[" + std::to_string(i) + "] = ";
  };
  for (size_t i = 0; i < c.size(); ++i) {
    if (!(c[i] >= 1.0 && c[i] <= static_cast<double>(kMaxDraws))) {
      return InputError{label(i) + formatNumber(c[i]) + " is outside [1, " +
                        std::to_string(kMaxDraws) + "]"};
    }
    if (c[i] != std::floor(c[i])) {
      return InputError{label(i) + formatNumber(c[i]) +
                        " is not a whole number of draws"};
    }
    if (i > 0 && c[i] < c[i - 1]) {
      return InputError{label(i) + formatNumber(c[i]) + " is smaller than " +
                        label(i - 1) + formatNumber(c[i - 1]) +
                        "; checkpoints must be ascending"};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<InputError> sampleCounts(std::span<const double> p, uint64_t n,
                                       uint64_t seed,
                                       std::span<double> counts) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (auto problem = checkDrawCount(n)) return problem;
  if (counts.size() != p.size()) {
    return InputError{"counts and P have different lengths (" +
                      std::to_string(counts.size()) + " and " +
                      std::to_string(p.size()) + ")"};
  }
  const Categorical categorical(p);
  SplitMix64 rng(seed);
  for (double& c : counts) c = 0.0;
  // Counts up to kMaxDraws < 2^53 are exact in a double.
  for (uint64_t t = 0; t < n; ++t) counts[categorical.draw(rng)] += 1.0;
  return std::nullopt;
}

std::optional<InputError> nllConvergence(std::span<const double> p,
                                         std::span<const double> q,
                                         uint64_t seed,
                                         std::span<const double> checkpoints,
                                         Units units, std::span<double> out) {
  if (auto problem = checkPair(p, "P", q, "Q")) return problem;
  if (auto problem = checkCheckpoints(checkpoints)) return problem;
  if (out.size() != checkpoints.size()) {
    return InputError{"out and checkpoints have different lengths (" +
                      std::to_string(out.size()) + " and " +
                      std::to_string(checkpoints.size()) + ")"};
  }
  // The same generator, seed and draw order as sampleCounts, so the first n
  // draws here are the ones sampleCounts(p, n, seed) counts.
  const Categorical categorical(p);
  SplitMix64 rng(seed);
  NeumaierSum surprise;  // sum of -log Q(x_t)
  bool impossible = false;
  uint64_t drawn = 0;
  for (size_t j = 0; j < checkpoints.size(); ++j) {
    const auto n = static_cast<uint64_t>(checkpoints[j]);
    // Once a draw has probability 0 under Q, every later average is
    // +infinity: no need to draw further.
    for (; drawn < n && !impossible; ++drawn) {
      const double qx = q[categorical.draw(rng)];
      if (qx == 0.0) {
        impossible = true;
      } else {
        surprise.add(-std::log(qx));
      }
    }
    out[j] = impossible
                 ? std::numeric_limits<double>::infinity()
                 : inUnits(surprise.value() / static_cast<double>(n), units);
  }
  return std::nullopt;
}

std::optional<InputError> drawOutcomes(std::span<const double> p, uint64_t seed,
                                       std::span<double> out) {
  if (auto problem = checkDistribution(p, "P")) return problem;
  if (auto problem = checkDrawCount(out.size())) return problem;
  const Categorical categorical(p);
  SplitMix64 rng(seed);
  for (double& x : out) x = static_cast<double>(categorical.draw(rng));
  return std::nullopt;
}

}  // namespace infotheory
