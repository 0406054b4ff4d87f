// The KL divergence in either direction between a two-component Gaussian
// mixture P and one Gaussian G = N(mu, sigma^2).
#pragma once

#include <array>

#include "mixture.hpp"

namespace infotheory {

// Forward is D(P || G) (minimised by the mass-covering fit), reverse is
// D(G || P) (by the mode-seeking one).
enum class Direction { kForward, kReverse };

// D(P || N(mu, sigma^2)) and D(N(mu, sigma^2) || P) in nats, for a valid
// mixture and sigma > 0. log p is split as log(w_a N_a) + softplus(delta),
// delta the log-ratio of the weighted components: everything but the
// bounded remainder log1p(exp(-|delta|)) near the crossover has a closed
// form, and that remainder is integrated by adaptive Gauss-Kronrod.
// Accurate to about 1e-14 relative, also where log p bends sharply (wide Q
// between separated modes), which Gauss-Hermite quadrature cannot resolve.
double forwardKlNats(const Mixture& p, double mu, double sigma);
double reverseKlNats(const Mixture& p, double mu, double sigma);

// reverseKlNats, and its gradient with respect to (mu, log sigma), for the
// reverse fit (mixture_fit.cpp).
double reverseKlNats(const Mixture& p, double mu, double sigma,
                     std::array<double, 2>& gradient);

// For many forward divergences of one mixture (kl_landscape.cpp): D(P || G)
// = sum_i w_i [KL(N_i || G) - KL(N_i || P)], and the KL(N_i || P) do not
// depend on G. componentDivergences returns them (0 where w_i = 0: that
// component carries no weight); given them, forwardKlNats is closed form.
std::array<double, 2> componentDivergences(const Mixture& p);
double forwardKlNats(const Mixture& p, double mu, double sigma,
                     const std::array<double, 2>& component_divergences);

}  // namespace infotheory
