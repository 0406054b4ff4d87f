// Where a divergence between the mixture P and a Gaussian Q comes from: the
// integrand along x, p log(p/q) for D(P || Q) and q log(q/p) for D(Q || P).
// It is negative where the weighting density is below the other one, and
// its integral (mixture_kl.hpp) is still >= 0.
#pragma once

#include <optional>
#include <span>

#include "mixture.hpp"
#include "mixture_kl.hpp"
#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// The integrand of D(P || N(mu, sigma^2)) (forward) or D(N(mu, sigma^2) || P)
// (reverse) at x.size() points evenly spaced on [lo, hi], in `units` per
// unit of x. Formed from the log densities, so the far tails vanish, never
// NaN. Checked: the mixture, sigma > 0, the grid and the spans (curves.hpp).
std::optional<InputError> klIntegrandCurve(const Mixture& p, double mu,
                                           double sigma, Direction direction,
                                           Units units, double lo, double hi,
                                           std::span<double> x,
                                           std::span<double> y);

// The lowest and the highest point of a sampled curve (the first of each if
// several tie): where a divergence's integrand is most negative and where it
// pays most. Checked: x and y of equal, non-zero length.
struct CurveExtremes {
  double lowX = 0.0, lowY = 0.0, highX = 0.0, highY = 0.0;
};
Result<CurveExtremes> curveExtremes(std::span<const double> x,
                                    std::span<const double> y);

}  // namespace infotheory
