// The closed-form half of the mixture divergences (mixture_kl.cpp explains
// the method): delta, the log-ratio of P's two weighted components seen from
// a Gaussian G = N(mu, sigma^2), its level sets, and E_G[max(delta, 0)].
// For mixture_kl.cpp and kl_landscape.cpp.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <span>
#include <utility>

#include "mixture.hpp"

namespace infotheory {

// 1/sqrt(2 pi), correctly rounded (50-digit mpmath), and the standard normal
// density.
inline constexpr double kInvSqrt2Pi = 0.3989422804014326779399461;
inline double normalPdf(double z) {
  return kInvSqrt2Pi * std::exp(-0.5 * z * z);
}

// A short list of breakpoints on the stack: the landscape asks for thousands
// of them per call, and the heap would dominate. Room for two roots at each
// of 2 * 7 + 1 levels and a vertex.
struct Points {
  std::array<double, 40> v;
  size_t n = 0;
  void push(double x) { v[n++] = x; }
  double* begin() { return v.data(); }
  double* end() { return v.data() + n; }
  const double* begin() const { return v.data(); }
  const double* end() const { return v.data() + n; }
};

// log(w_b N_b(x)) - log(w_a N_a(x)) at x = mu + sigma z, as
// k + (u_a - u_b)(u_a + u_b) / 2 with u_i = (x - m_i) / s_i; the differences
// are formed from the inputs, not from the u_i, so that nearly equal
// components do not lose them.
struct LogRatio {
  double k;           // log(w_b s_a / (w_a s_b))
  double d0, d1;      // u_a - u_b = d0 + d1 z
  double s0, s1;      // u_a + u_b = s0 + s1 z
  double c0, c1, c2;  // the same quadratic, expanded

  double at(double z) const { return k + 0.5 * (d0 + d1 * z) * (s0 + s1 * z); }
  double slope(double z) const { return c1 + 2.0 * c2 * z; }  // d/dz
};

// delta for component a (b the other) and G = N(mu, sigma^2). At mu = 0,
// sigma = 1 it is delta as a function of x itself.
LogRatio logRatioOf(const Mixture& p, int a, double mu, double sigma);

// Breakpoints where delta crosses 0 and +-levels, and its vertex; ascending.
Points levelBreaks(const LogRatio& r, std::span<const double> levels);

// E[softplus(delta(z))] for z ~ N(0, 1), and the two derivatives the
// optimiser needs, E[s(delta) delta'(z)] and E[z s(delta) delta'(z)] (s the
// logistic function), which are sigma d/dmu and d/dlog(sigma) of it.
struct Expectation {
  double value = 0.0, dMu = 0.0, dLogSigma = 0.0;
};

// The intervals of z where delta > 0 or delta < 0: cut at the roots of delta.
struct Pieces {
  Points roots;                                   // ascending
  std::array<double, 3> signs = {1.0, 1.0, 1.0};  // of delta on each piece

  // The sign of delta's piece at z (z not itself a root).
  double signAt(double z) const;
};

// Splits the z axis at the roots of delta, and adds E[max(delta, 0)] (with
// its derivatives) in closed form: on a piece where delta > 0 it is the
// integral of a quadratic against phi. Each piece's sign is read from delta
// at one inner point; a rounded root only moves where the exact identity
// softplus(d) = max(d, 0) + log1p(e^{-|d|}) is split, as long as the
// numerical part uses the same signs.
Pieces maxPart(const LogRatio& r, Expectation& out);

// The component whose Gaussian alone explains N(mu, sigma^2) best,
// argmin_i KL(G || N_i) - log w_i over the weighted components, and that
// value: the baseline that leaves the smaller numerical correction.
std::pair<int, double> baseline(const Mixture& p, double mu, double sigma);

}  // namespace infotheory
