#include "jensen.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "kl_divergence.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

// log(q / p) for p > 0, q >= 0: log1p of the exact difference when q is near
// p (no cancellation), else log q - log p (no overflow of q / p).
double logRatio(double q, double p) {
  if (q == 0.0) return -std::numeric_limits<double>::infinity();
  const double d = q - p;  // exact when q and p are within a factor 2
  if (std::fabs(d) <= 0.5 * p) return std::log1p(d / p);
  return std::log(q) - std::log(p);
}

}  // namespace

Result<JensenPoints> jensenPoints(std::span<const double> p,
                                  std::span<const double> q, Units units) {
  if (auto problem = checkPair(p, "P", q, "Q")) return *problem;
  JensenPoints out;
  NeumaierSum outside;  // the mass of Q where P = 0
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == 0.0) {
      outside.add(q[i]);
      continue;
    }
    out.indices.push_back(static_cast<double>(i));
    out.xs.push_back(q[i] / p[i]);
    out.logs.push_back(inUnits(logRatio(q[i], p[i]), units));
    out.weights.push_back(p[i]);
  }
  // sum_{P > 0} Q = 1 - sum_{P = 0} Q, with its log from log1p: exact 1 and
  // 0 when Q has no mass off P's support.
  NeumaierSum inside;
  for (size_t i = 0; i < p.size(); ++i)
    if (p[i] > 0.0) inside.add(q[i]);
  const double off = outside.value();
  out.meanX = inside.value();
  const double logMeanNats = out.meanX < 0.5 ? std::log(out.meanX)
                             : off == 0.0    ? 0.0
                                             : std::log1p(-off);
  out.logMean = inUnits(logMeanNats, units);
  out.meanLog = 0.0 - inUnits(klDivergenceNats(p, q), units);
  return out;
}

std::optional<InputError> logCurve(double lo, double hi, Units units,
                                   std::span<double> x, std::span<double> y) {
  if (auto problem = checkPositive(lo, "lo")) return problem;
  if (auto problem = checkPositive(hi, "hi")) return problem;
  if (!(lo < hi)) {
    return InputError{"lo = " + formatNumber(lo) +
                      " must be below hi = " + formatNumber(hi)};
  }
  if (x.size() != y.size() || x.size() < 2)
    return InputError{"points must be at least 2"};
  const size_t n = x.size();
  for (size_t i = 0; i < n; ++i) {
    x[i] = i + 1 == n ? hi
                      : lo + (hi - lo) * (static_cast<double>(i) /
                                          static_cast<double>(n - 1));
    y[i] = inUnits(std::log(x[i]), units);
  }
  return std::nullopt;
}

Result<double> logLikelihood(std::span<const double> counts,
                             std::span<const double> q, Units units) {
  if (auto problem = checkFiniteArray(counts, "counts")) return *problem;
  if (auto problem = checkDistribution(q, "Q")) return *problem;
  if (counts.size() != q.size()) {
    return InputError{"counts and Q have different lengths (" +
                      std::to_string(counts.size()) + " and " +
                      std::to_string(q.size()) +
                      "); they must be over the same categories"};
  }
  NeumaierSum sum;
  for (size_t i = 0; i < counts.size(); ++i) {
    if (counts[i] < 0.0) {
      return InputError{"counts[" + std::to_string(i) +
                        "] = " + formatNumber(counts[i]) + " is negative"};
    }
    if (counts[i] == 0.0) continue;
    if (q[i] == 0.0) return -std::numeric_limits<double>::infinity();
    sum.add(counts[i] * std::log(q[i]));
  }
  return inUnits(sum.value(), units);
}

}  // namespace infotheory
