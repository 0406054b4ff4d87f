// Logarithms and exponentials near the identity, without the cancellation
// of the obvious formulas. Used by the KL terms, the Gaussian KL and the
// trust-region divergence.
#pragma once

#include <cmath>

namespace infotheory {

// expm1(u) - u. For |u| <= 1 the Taylor series u^2/2! + u^3/3! + ... is
// summed smallest term first (19 terms reach 1e-19 of the sum at |u| = 1; for
// u < 0 each pair of consecutive terms is >= 0, so the sum is never
// negative); beyond, the subtraction loses at most 2 bits.
inline double expm1MinusIdentity(double u) {
  if (!(std::fabs(u) <= 1.0)) return std::expm1(u) - u;
  double terms[19];
  double term = 0.5 * u * u;
  for (int k = 0; k < 19; ++k) {
    terms[k] = term;
    term *= u / (k + 3);
  }
  double sum = 0.0;
  for (int k = 18; k >= 0; --k) sum += terms[k];
  return sum;
}

// log1p(u) - u: -u^2/2 + u^3/3 - ... (Horner, eight terms reach 1e-18 of the
// sum) for |u| <= 1e-3, the subtraction beyond.
inline double log1pMinusIdentity(double u) {
  if (std::fabs(u) > 1e-3) return std::log1p(u) - u;
  double sum = 0.0;
  for (int k = 9; k >= 2; --k) sum = sum * u + ((k % 2 == 0) ? -1.0 : 1.0) / k;
  return sum * u * u;
}

// log(a / b) for a, b > 0. Near a = b, a - b is exact for b/2 <= a <= 2b
// (Sterbenz's lemma), so log1p((a - b) / b) keeps full relative accuracy as
// the result goes to 0. Otherwise |log(a / b)| > log 2 and one rounding of
// the ratio costs at most ~1.6 ulp; if the ratio over- or underflows, the
// two logs are hundreds apart and their difference does not cancel.
inline double logRatio(double a, double b) {
  if (a >= 0.5 * b && a <= 2.0 * b) return std::log1p((a - b) / b);
  const double ratio = a / b;
  if (std::isnormal(ratio) && std::isfinite(ratio)) return std::log(ratio);
  return std::log(a) - std::log(b);
}

}  // namespace infotheory
