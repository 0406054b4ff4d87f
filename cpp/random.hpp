// A small seeded generator, identical on every platform (std::mt19937 is,
// but the std:: distributions are not), so a seed shown to a learner
// reproduces the same draw natively and in the browser.
#pragma once

#include <cstdint>

namespace infotheory {

// SplitMix64 (Steele, Lea and Flood, OOPSLA 2014).
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}

  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // Uniform on (0, 1]: the top 53 bits, shifted off zero so log() is finite.
  double uniformPositive() {
    return (static_cast<double>(next() >> 11) + 1.0) * 0x1.0p-53;
  }

 private:
  uint64_t state_;
};

}  // namespace infotheory
