// One categorical sampler for every draw from a distribution P (the draws
// of sampling.cpp and the messages of message.cpp): inverse CDF on P's
// compensated running sums, with a guide table for many categories.
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

#include "random.hpp"
#include "summation.hpp"

namespace infotheory {

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

}  // namespace infotheory
