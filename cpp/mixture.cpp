#include "mixture.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "curves.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

// 1/2 log(2 pi).
constexpr double kHalfLog2Pi = 0.9189385332046727417803297;
constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

std::optional<InputError> checkMixture(const Mixture& p) {
  for (size_t i = 0; i < 2; ++i) {
    const std::string name = "weights[" + std::to_string(i) + "]";
    if (auto problem = checkProbability(p.weights[i], name)) return problem;
  }
  const double sum = p.weights[0] + p.weights[1];
  if (!(std::fabs(sum - 1.0) <= kSumTolerance)) {
    return InputError{"weights sum to " + formatNumber(sum) +
                      ", not 1 (allowed error " + formatNumber(kSumTolerance) +
                      "); they are not renormalised for you"};
  }
  for (size_t i = 0; i < 2; ++i) {
    const std::string name = "means[" + std::to_string(i) + "]";
    if (auto problem = checkFinite(p.means[i], name)) return problem;
  }
  for (size_t i = 0; i < 2; ++i) {
    const std::string name = "sigmas[" + std::to_string(i) + "]";
    if (auto problem = checkPositive(p.sigmas[i], name)) return problem;
  }
  return std::nullopt;
}

double mixtureLogDensity(const Mixture& p, double x) {
  double terms[2];
  double top = -kInf;
  for (int i = 0; i < 2; ++i) {
    const double z = (x - p.means[i]) / p.sigmas[i];
    terms[i] = p.weights[i] > 0.0 ? std::log(p.weights[i]) - 0.5 * z * z -
                                        std::log(p.sigmas[i]) - kHalfLog2Pi
                                  : -kInf;
    top = std::max(top, terms[i]);
  }
  if (std::isinf(top)) return top;
  return top + std::log(std::exp(terms[0] - top) + std::exp(terms[1] - top));
}

double mixtureMean(const Mixture& p) {
  return p.weights[0] * p.means[0] + p.weights[1] * p.means[1];
}

double mixtureStdDev(const Mixture& p) {
  // Law of total variance, about the mean: no E[x^2] - E[x]^2 cancellation.
  // Scaled by the largest term so that the squares cannot overflow.
  const double mean = mixtureMean(p);
  double scale = 0.0;
  for (int i = 0; i < 2; ++i) {
    scale = std::max({scale, p.sigmas[i], std::fabs(p.means[i] - mean)});
  }
  double variance = 0.0;
  for (int i = 0; i < 2; ++i) {
    const double s = p.sigmas[i] / scale, offset = (p.means[i] - mean) / scale;
    variance += p.weights[i] * (s * s + offset * offset);
  }
  return scale * std::sqrt(variance);
}

std::optional<InputError> mixtureDensityCurve(const Mixture& p, double lo,
                                              double hi, std::span<double> x,
                                              std::span<double> y) {
  if (auto problem = checkMixture(p)) return problem;
  if (auto problem = checkGridEnds(lo, "lo", hi, "hi")) return problem;
  if (auto problem = checkCurveSpans(x, y)) return problem;
  for (size_t i = 0; i < x.size(); ++i) {
    x[i] = gridPoint(lo, hi, i, x.size());
    y[i] = std::exp(mixtureLogDensity(p, x[i]));
  }
  return std::nullopt;
}

}  // namespace infotheory
