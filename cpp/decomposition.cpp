#include "decomposition.hpp"

#include "cross_entropy.hpp"
#include "entropy.hpp"
#include "kl_divergence.hpp"
#include "validate.hpp"

namespace infotheory {

Result<Decomposition> decompose(std::span<const double> p,
                                std::span<const double> q, Units units) {
  if (auto problem = checkPair(p, "P", q, "Q")) return *problem;
  return Decomposition{inUnits(entropyNats(p), units),
                       inUnits(crossEntropyNats(p, q), units),
                       inUnits(klDivergenceNats(p, q), units),
                       inUnits(klDivergenceNats(q, p), units)};
}

}  // namespace infotheory
