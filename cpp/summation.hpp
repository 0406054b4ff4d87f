// Compensated summation, so that long sums (10^6 terms) keep full precision.
#pragma once

#include <cmath>

namespace infotheory {

// Neumaier's improvement of Kahan summation (Neumaier, ZAMM 54, 1974): the
// running compensation also captures the error when the addend is larger than
// the partial sum. Error bound: eps*|S| + O(n eps^2) * sum |x_i|.
class NeumaierSum {
 public:
  void add(double x) {
    const double t = sum_ + x;
    if (std::fabs(sum_) >= std::fabs(x)) {
      compensation_ += (sum_ - t) + x;
    } else {
      compensation_ += (x - t) + sum_;
    }
    sum_ = t;
  }
  // Once an addend or the sum is infinite, the compensation is NaN
  // (infinity - infinity): the infinite sum is the value.
  double value() const {
    return std::isfinite(sum_) ? sum_ + compensation_ : sum_;
  }

 private:
  double sum_ = 0.0;
  double compensation_ = 0.0;
};

}  // namespace infotheory
