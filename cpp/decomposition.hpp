// Cross-entropy split into its two parts: H(P, Q) = H(P) + D(P || Q), the
// cost nobody can avoid plus the penalty for the wrong model.
#pragma once

#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

struct Decomposition {
  double entropy;       // H(P)
  double crossEntropy;  // H(P, Q)
  double kl;            // D(P || Q)
  double reverseKl;     // D(Q || P), to show the asymmetry
};

Result<Decomposition> decompose(std::span<const double> p,
                                std::span<const double> q,
                                Units units = Units::kNats);

}  // namespace infotheory
