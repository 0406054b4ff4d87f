// Shannon entropy of a discrete distribution: H(P) = -sum P log P.
#pragma once

#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// H(P) in nats for a valid P, with 0 log 0 = 0. Never negative: every term
// -p log p is >= 0 for p in [0, 1].
double entropyNats(std::span<const double> p);

// Checked: P must be a distribution (see validate.hpp).
Result<double> entropy(std::span<const double> p, Units units = Units::kNats);

}  // namespace infotheory
