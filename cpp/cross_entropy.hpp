// Cross-entropy: the average surprise of draws from P under a model Q,
// H(P, Q) = -sum P log Q.
#pragma once

#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// H(P, Q) in nats for valid P, Q of equal length. Terms with P = 0 count 0
// (even where Q = 0); P > 0 where Q = 0 gives +infinity.
double crossEntropyNats(std::span<const double> p, std::span<const double> q);

Result<double> crossEntropy(std::span<const double> p,
                            std::span<const double> q,
                            Units units = Units::kNats);

}  // namespace infotheory
