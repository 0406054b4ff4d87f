// What bindings.cpp needs besides Embind: the array buffer it copies into,
// the checks that turn JS numbers into counts and seeds, and the few results
// the JS API wants in another shape than the kernels'. Plain C++, no
// Emscripten header, like the kernels.
#pragma once

#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "infotheory.hpp"

namespace infotheory::bindings {

inline Units unitsOf(bool bits) { return bits ? Units::kBits : Units::kNats; }

inline Direction directionOf(bool reverse) {
  return reverse ? Direction::kReverse : Direction::kForward;
}

// An array copied in from JS. Unlike convertJSArrayToNumberVector's
// std::vector, the buffer is not zero-filled before the copy overwrites it
// (about 1 ms per 10^6 entries).
class Doubles {
 public:
  explicit Doubles(size_t n) : data_(new double[n]), size_(n) {}
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  double* data() { return data_.get(); }
  double operator[](size_t i) const { return data_[i]; }
  operator std::span<const double>() const {  // NOLINT: implicit, as vector's
    return {data_.get(), size_};
  }

 private:
  std::unique_ptr<double[]> data_;
  size_t size_;
};

// Sizes, indices and seeds arrive as JS numbers: x must be a whole number in
// [lo, hi]. Returns why not ("k = 2.5 is not a whole number in [1,
// 10000000]"), or nothing, with x in out. Named like the kernels' checks.
template <class Int>
std::optional<InputError> checkCountIn(const char* name, double x, uint64_t lo,
                                       uint64_t hi, Int& out) {
  if (x >= static_cast<double>(lo) && x <= static_cast<double>(hi) &&
      std::floor(x) == x) {
    out = static_cast<Int>(x);
    return std::nullopt;
  }
  return InputError{std::string(name) + " = " + formatNumber(x) +
                    " is not a whole number in [" + std::to_string(lo) + ", " +
                    std::to_string(hi) + "]"};
}

template <class Int>
std::optional<InputError> checkCount(const char* name, double x, uint64_t limit,
                                     Int& out) {
  return checkCountIn(name, x, 0, limit, out);
}

// Seeds: whole numbers a double holds exactly.
inline constexpr uint64_t kMaxSeed = (uint64_t{1} << 53) - 1;

inline std::optional<InputError> checkSeed(double x, uint64_t& out) {
  return checkCount("seed", x, kMaxSeed, out);
}

// Up to `count` whole numbers from 1 to n_max spaced in log
// (logSpacedCounts), as many as there are.
inline Result<std::vector<double>> logSpacedCountsUpTo(double n_max,
                                                       double count) {
  size_t slots;
  if (auto problem = checkCount("count", count, kMaxCurvePoints, slots)) {
    return *problem;
  }
  std::vector<double> out(slots);
  const auto written = logSpacedCounts(n_max, out);
  if (!written.ok()) return InputError{written.error()};
  out.resize(written.value());
  return out;
}

// The sides of klLandscape's grid, nMu columns by nLogSigma rows.
inline std::optional<InputError> checkLandscapeSides(double n_mu,
                                                     double n_log_sigma,
                                                     size_t& columns,
                                                     size_t& rows) {
  if (auto problem = checkCountIn("nMu", n_mu, kMinLandscapeSide,
                                  kMaxLandscapeSide, columns)) {
    return problem;
  }
  return checkCountIn("nLogSigma", n_log_sigma, kMinLandscapeSide,
                      kMaxLandscapeSide, rows);
}

// A mixture arrives as its six numbers (web/kernels.js checks the shape).
inline Mixture mixtureOf(double w1, double w2, double m1, double m2, double s1,
                         double s2) {
  return {{w1, w2}, {m1, m2}, {s1, s2}};
}

// p(x) for the mixture P at one point.
inline Result<double> mixtureDensityAt(const Mixture& p, double x) {
  if (auto problem = checkMixture(p)) return *problem;
  if (auto problem = checkFinite(x, "x")) return *problem;
  return std::exp(mixtureLogDensity(p, x));
}

// D(P || Q) (forward) or D(Q || P) (reverse) for the mixture P and
// Q = N(mu, sigma^2).
inline Result<double> mixtureKlOf(const Mixture& p, double mu, double sigma,
                                  Direction direction, Units units) {
  if (auto problem = checkMixture(p)) return *problem;
  if (auto problem = checkFinite(mu, "mu")) return *problem;
  if (auto problem = checkPositive(sigma, "sigma")) return *problem;
  const double nats = direction == Direction::kReverse
                          ? reverseKlNats(p, mu, sigma)
                          : forwardKlNats(p, mu, sigma);
  return inUnits(nats, units);
}

// The quadrature check as the page shows it: the integral with the closed
// form beside it and their difference.
struct QuadratureCheck {
  double value;
  double errorEstimate;
  int evaluations;
  double closedForm;
  double difference;  // |value - closedForm|
};

inline Result<QuadratureCheck> quadratureCheck(double mu1, double sigma1,
                                               double mu2, double sigma2,
                                               Units units) {
  const auto q = gaussianKlByQuadrature(mu1, sigma1, mu2, sigma2, units);
  if (!q.ok()) return InputError{q.error()};
  const Quadrature& integral = q.value();
  // Valid here, as the same arguments passed the quadrature's checks.
  const double closed = gaussianKl(mu1, sigma1, mu2, sigma2, units).value();
  // Equal (also both infinite, beyond the doubles): no difference, where
  // infinity - infinity would be NaN.
  const double difference =
      integral.value == closed ? 0.0 : std::fabs(integral.value - closed);
  return QuadratureCheck{integral.value, integral.errorEstimate,
                         integral.evaluations, closed, difference};
}

}  // namespace infotheory::bindings
