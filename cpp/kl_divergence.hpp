// Kullback-Leibler divergence: the extra surprise paid for using Q when the
// data come from P, D(P || Q) = sum P log(P / Q).
#pragma once

#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// One term p log(p / q) for p > 0, q > 0, accurate to a few ulps of the term
// also when p and q are nearly equal or their ratio over- or underflows.
double klTerm(double p, double q);

// D(P || Q) in nats for valid P, Q of equal length: 0 iff P == Q entrywise
// (then exactly 0), +infinity where Q = 0 but P > 0, never negative.
double klDivergenceNats(std::span<const double> p, std::span<const double> q);

Result<double> klDivergence(std::span<const double> p,
                            std::span<const double> q,
                            Units units = Units::kNats);

}  // namespace infotheory
