// The divergence between a two-component Gaussian mixture P and every
// Gaussian N(mu, sigma^2) of a grid, for the landscape chart: thousands of
// them in a few milliseconds.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "mixture.hpp"
#include "mixture_kl.hpp"
#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// The KL of `direction` on a grid: row i is log sigma = logSigmaLo + i * step,
// column j is mu = muLo + j * step (each axis evenly spaced, ends included).
// out.size() must equal nMu * nLogSigma. Checked: valid mixture, finite
// bounds with lo < hi and |log sigma| <= 700, kMinLandscapeSide <= nMu,
// nLogSigma <= kMaxLandscapeSide (curves.hpp). Matches reverseKlNats /
// forwardKlNats to about 1e-11 relative.
std::optional<InputError> klLandscape(const Mixture& p, Direction direction,
                                      double muLo, double muHi, size_t nMu,
                                      double logSigmaLo, double logSigmaHi,
                                      size_t nLogSigma, Units units,
                                      std::span<double> out);

}  // namespace infotheory
