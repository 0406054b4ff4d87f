// Surprise (self-information) of an event: I(p) = -log p.
#pragma once

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// I(p) in nats for p in [0, 1]: 0 at p = 1, +infinity at p = 0.
double surpriseNats(double p);

// Checked: p must be a probability.
Result<double> surprise(double p, Units units = Units::kNats);

// Two independent events: the probability of both, the surprise of both,
// and the sum of the separate surprises (equal to it: information adds).
struct JointSurprise {
  double probability;
  double joint;
  double sum;
};
Result<JointSurprise> jointSurprise(double p1, double p2,
                                    Units units = Units::kNats);

}  // namespace infotheory
