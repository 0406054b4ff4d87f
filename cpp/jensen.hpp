// Jensen's inequality behind D(P||Q) >= 0, and the likelihood of a sample:
// the numbers the page's derivations show (web/derivations/).
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// The points (x_i, log x_i) with x_i = Q_i / P_i, weighted by P_i, over the
// categories where P_i > 0, and their P-weighted means:
//   meanX   = sum P_i x_i = sum_{P_i > 0} Q_i  (<= 1),
//   meanLog = sum P_i log x_i = -D(P||Q)       (-infinity where Q_i = 0 < P_i),
//   logMean = log meanX                         (>= meanLog: Jensen).
// Logs in `units` (natural log for nats, base 2 for bits).
struct JensenPoints {
  std::vector<double> indices;  // the categories i with P_i > 0
  std::vector<double> xs;       // Q_i / P_i (may be +infinity for tiny P_i)
  std::vector<double> logs;     // log(Q_i / P_i), -infinity where Q_i = 0
  std::vector<double> weights;  // P_i
  double meanX = 0;
  double meanLog = 0;
  double logMean = 0;
};

Result<JensenPoints> jensenPoints(std::span<const double> p,
                                  std::span<const double> q,
                                  Units units = Units::kNats);

// The curve y = log x for x evenly spaced from lo to hi (0 < lo < hi), in
// `units`; x.size() == y.size() >= 2.
std::optional<InputError> logCurve(double lo, double hi, Units units,
                                   std::span<double> x, std::span<double> y);

// The log-likelihood of a sample with `counts` of each category under the
// model Q: sum_k counts_k log Q_k (<= 0), in `units`. A category never drawn
// counts 0, even where Q is 0; one drawn where Q is 0 gives -infinity.
// counts: finite, non-negative, as long as Q.
Result<double> logLikelihood(std::span<const double> counts,
                             std::span<const double> q,
                             Units units = Units::kNats);

}  // namespace infotheory
