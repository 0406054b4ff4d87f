// The ELBO of a linear-Gaussian VAE, where every term has a closed form.
// Prior p(z) = N(0, I); decoder p(x | z) = N(x; z, s^2 I); encoder
// q(z | x) = N(mu, diag(sigma^2)). Per latent dimension j:
//   reconstruction_j = E_q[log p(x_j | z_j)]
//                    = -1/2 log(2 pi s^2) - ((x_j - mu_j)^2 + sigma_j^2) / (2
//                    s^2)
//   kl_j             = KL(N(mu_j, sigma_j^2) || N(0, 1))
//   logEvidence_j    = log p(x_j) = log N(x_j; 0, 1 + s^2)
//   gap_j            = KL(q_j || N(x_j / (1 + s^2), s^2 / (1 + s^2))), the true
//                      posterior,
// and ELBO = sum_j (reconstruction_j - kl_j) = log p(x) - sum_j gap_j.
#pragma once

#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

struct ElboTerms {
  double reconstruction;  // sum over dimensions of E_q[log p(x_j | z_j)]
  double kl;              // sum over dimensions of KL(q_j || N(0, 1)), >= 0
  double elbo;            // reconstruction - kl
  double logEvidence;     // log p(x), summed over dimensions
  double gap;             // KL(q || true posterior), computed on its own, >= 0
};

// The true posterior of one latent dimension for data x_j and decoder noise s:
// N(x_j / (1 + s^2), s^2 / (1 + s^2)).
struct PosteriorNormal {
  double mean;
  double sd;
};

// Checked: x, mu, sigma of the same length, 1..kMaxLatentDimensions; x and mu
// finite; sigma and s finite and > 0. Messages name the argument and index.
Result<ElboTerms> vaeElbo(std::span<const double> x, std::span<const double> mu,
                          std::span<const double> sigma, double s,
                          Units units = Units::kNats);

// Checked: x finite; s finite and > 0.
Result<PosteriorNormal> vaePosterior(double x, double s);

inline constexpr size_t kMaxLatentDimensions = 64;

}  // namespace infotheory
