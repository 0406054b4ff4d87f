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
  double value() const { return sum_ + compensation_; }

 private:
  double sum_ = 0.0;
  double compensation_ = 0.0;
};

}  // namespace infotheory
