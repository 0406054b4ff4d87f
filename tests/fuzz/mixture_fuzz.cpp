// A two-component Gaussian mixture P, its divergences to a Gaussian, their
// landscape and its Gaussian fits (mixture.hpp, mixture_kl.hpp,
// kl_landscape.hpp, mixture_fit.hpp).
//
// Invariants, for a mixture checkMixture accepts (weights in [0, 1] summing
// to 1 within 1e-9, finite means, finite sigmas > 0) and G = N(mu, sigma^2):
//   D(P || G) and D(G || P) are >= +0, never NaN, and below the convexity
//   bounds sum_i w_i KL(N_i || G) and min_i KL(G || N_i) - log w_i
//   with one component of weight 1 they are gaussianKl's values exactly
//   mirroring P and G (x -> -x) leaves them unchanged (to 1e-12 relative:
//   "accurate to about 1e-14")
//   forward fit: the mixture's mean and standard deviation, its KL
//   forwardKlNats there, and no other Gaussian does better
//   reverse fit: finite, its KL reverseKlNats there, no worse than Q at a
//   component (where the search starts); a tie has otherMu >= mu
//   klLandscape: each cell is the pointwise divergence (forward bit for
//   bit, reverse within 1e-10 of (value + log 2): see checkLandscape)
//   the density curve: ends exact, y >= 0, matching a long-double reference
// and anything else (bad weights, means, sigmas, grids) is refused.

#include <algorithm>

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;
using fuzz::kTiny;

Mixture mixture(fuzz::Bytes& in) {
  Mixture p{};
  const uint8_t kind = in.byte();
  const double w =
      kind % 8 == 0 ? (in.byte() & 1 ? 1.0 : 0.0) : fuzz::between(in, 0.0, 1.0);
  p.weights = {w, 1.0 - w};
  if (kind % 16 == 1) p.weights[in.byte() & 1] = fuzz::special(in);
  for (int i = 0; i < 2; ++i) {
    p.means[i] = in.byte() % 8 == 0 ? fuzz::anyDouble(in, 1e3)
                                    : fuzz::between(in, -10.0, 10.0);
    p.sigmas[i] = in.byte() % 8 == 0 ? fuzz::anyDouble(in, 10.0)
                                     : fuzz::logUniform(in, -2.0, 1.5);
  }
  if (kind % 16 == 2) {  // identical components
    p.means[1] = p.means[0];
    p.sigmas[1] = p.sigmas[0];
  }
  return p;
}

bool validMixture(const Mixture& p) {
  for (int i = 0; i < 2; ++i) {
    if (!(p.weights[i] >= 0.0 && p.weights[i] <= 1.0)) return false;
    if (!std::isfinite(p.means[i])) return false;
    if (!(std::isfinite(p.sigmas[i]) && p.sigmas[i] > 0.0)) return false;
  }
  return std::fabs(p.weights[0] + p.weights[1] - 1.0) <= kSumTolerance;
}

std::string describe(const Mixture& p) {
  return fuzz::format("w %a %a means %a %a sigmas %a %a", p.weights[0],
                      p.weights[1], p.means[0], p.means[1], p.sigmas[0],
                      p.sigmas[1]);
}

Mixture mirrored(const Mixture& p) {
  Mixture m = p;
  m.weights = {p.weights[1], p.weights[0]};
  m.means = {-p.means[1], -p.means[0]};
  m.sigmas = {p.sigmas[1], p.sigmas[0]};
  return m;
}

// Known and not fixed yet: with components ~1e13 widths apart (sigma 1e-12
// beside 8) the remainder's quadrature (panels bisected at most 40 times,
// 4000 per expectation) no longer resolves the narrow one, and the
// divergences lose ~1e-9 relative (found: mirrored P gave 106.937628904 and
// 106.937629168); at 1e105 apart reverseKlNats gave 0 where the landscape
// gave 4.6e194, both wrong. The page keeps sigmas in [0.2, 2.5]; the
// accuracy checks here keep the ratio under 1e6 (the others, >= 0 and never
// NaN, hold for every mixture).
bool extremeWidths(const Mixture& p) {
  return std::max(p.sigmas[0], p.sigmas[1]) >
         1e6 * std::min(p.sigmas[0], p.sigmas[1]);
}

// The mixture's documented accuracy is "about 1e-14 relative", from
// quadrature of a bounded remainder with an absolute tolerance ~1e-15:
// 1e-12 relative and 1e-14 absolute leave room for both, nothing more.
double mixtureTolerance(double value) { return 1e-12 * value + 1e-14; }

void checkDivergences(const Mixture& p, double mu, double sigma,
                      const std::string& input) {
  const double forward = forwardKlNats(p, mu, sigma);
  const double reverse = reverseKlNats(p, mu, sigma);
  FUZZ_CHECK(forward >= 0.0 && !std::signbit(forward) && reverse >= 0.0 &&
                 !std::signbit(reverse),
             "D(P||G) = %s, D(G||P) = %s: %s", fuzz::show(forward).c_str(),
             fuzz::show(reverse).c_str(), input.c_str());
  if (extremeWidths(p)) return;
  double forward_bound = 0.0, reverse_bound = fuzz::kInf;
  for (int i = 0; i < 2; ++i) {
    if (!(p.weights[i] > 0.0)) continue;
    forward_bound +=
        p.weights[i] * gaussianKlNats(p.means[i], p.sigmas[i], mu, sigma);
    reverse_bound = std::min(
        reverse_bound, gaussianKlNats(mu, sigma, p.means[i], p.sigmas[i]) -
                           std::log(p.weights[i]));
  }
  // D(sum w_i N_i || G) <= sum w_i D(N_i || G) (convexity); p >= w_i N_i
  // gives D(G || P) <= D(G || N_i) - log w_i.
  if (std::isfinite(forward_bound)) {
    FUZZ_CHECK(forward <= forward_bound + mixtureTolerance(forward_bound),
               "D(P||G) = %s above sum w_i KL(N_i||G) = %s: %s",
               fuzz::show(forward).c_str(), fuzz::show(forward_bound).c_str(),
               input.c_str());
  }
  if (std::isfinite(reverse_bound)) {
    FUZZ_CHECK(reverse <= reverse_bound + mixtureTolerance(reverse_bound),
               "D(G||P) = %s above min KL(G||N_i) - log w_i = %s: %s",
               fuzz::show(reverse).c_str(), fuzz::show(reverse_bound).c_str(),
               input.c_str());
  }
  for (int i = 0; i < 2; ++i) {
    if (p.weights[1 - i] != 0.0) continue;  // a single Gaussian
    FUZZ_CHECK(
        forward == gaussianKlNats(p.means[i], p.sigmas[i], mu, sigma) &&
            reverse == gaussianKlNats(mu, sigma, p.means[i], p.sigmas[i]),
        "one component: %s %s: %s", fuzz::show(forward).c_str(),
        fuzz::show(reverse).c_str(), input.c_str());
  }
  const Mixture m = mirrored(p);
  const double forward_m = forwardKlNats(m, -mu, sigma),
               reverse_m = reverseKlNats(m, -mu, sigma);
  FUZZ_CHECK(fuzz::near(forward_m, forward, mixtureTolerance(forward)) &&
                 fuzz::near(reverse_m, reverse, mixtureTolerance(reverse)),
             "mirrored: D(P||G) %s vs %s, D(G||P) %s vs %s: %s",
             fuzz::show(forward).c_str(), fuzz::show(forward_m).c_str(),
             fuzz::show(reverse).c_str(), fuzz::show(reverse_m).c_str(),
             input.c_str());
}

void checkForwardFit(const Mixture& p, fuzz::Bytes& in,
                     const std::string& input) {
  const auto fit = fitGaussian(p, Direction::kForward);
  fuzz::expectAccepted(fit, "fitGaussian(forward)", input);
  const GaussianFit& f = fit.value();
  FUZZ_CHECK(f.mu == mixtureMean(p) && f.sigma == mixtureStdDev(p) &&
                 f.kl == forwardKlNats(p, f.mu, f.sigma) && !f.tie &&
                 f.otherMu == f.mu && f.otherSigma == f.sigma,
             "forward fit (%a, %a, %a) is not the moment match: %s", f.mu,
             f.sigma, f.kl, input.c_str());
  const double bits =
      fitGaussian(p, Direction::kForward, Units::kBits).value().kl;
  FUZZ_CHECK(bits == inUnits(f.kl, Units::kBits), "bits: %s", input.c_str());
  // The moment match is the exact minimiser of D(P || G).
  for (int k = 0; k < 2; ++k) {
    const double mu = f.mu + f.sigma * fuzz::between(in, -2.0, 2.0);
    const double sigma = f.sigma * std::exp(fuzz::between(in, -2.0, 2.0));
    const double other = forwardKlNats(p, mu, sigma);
    FUZZ_CHECK(other >= f.kl - mixtureTolerance(f.kl),
               "D(P || N(%a, %a^2)) = %s below the forward fit's %s: %s", mu,
               sigma, fuzz::show(other).c_str(), fuzz::show(f.kl).c_str(),
               input.c_str());
  }
}

void checkReverseFit(const Mixture& p, const std::string& input) {
  // Known and not fixed yet: the reverse fit slows down steeply as the
  // components' widths part (0.8 ms at a ratio of 100, 0.2 s at 1e6, 9 s
  // at 3e13, natively: every evaluation uses up its integration budget).
  // The page keeps sigmas in [0.2, 2.5]; here the ratio is kept below 1e3
  // so that an input does not take seconds under the sanitizers.
  if (std::max(p.sigmas[0], p.sigmas[1]) >
      1e3 * std::min(p.sigmas[0], p.sigmas[1]))
    return;
  const auto fit = fitGaussian(p, Direction::kReverse);
  fuzz::expectAccepted(fit, "fitGaussian(reverse)", input);
  const GaussianFit& f = fit.value();
  FUZZ_CHECK(std::isfinite(f.mu) && std::isfinite(f.sigma) && f.sigma > 0.0 &&
                 f.kl >= 0.0 && f.kl == reverseKlNats(p, f.mu, f.sigma),
             "reverse fit (%a, %a, %a): %s", f.mu, f.sigma, f.kl,
             input.c_str());
  if (f.tie) {
    FUZZ_CHECK(
        f.otherMu >= f.mu && std::isfinite(f.otherSigma) && f.otherSigma > 0.0,
        "tie: (%a, %a) then (%a, %a): %s", f.mu, f.sigma, f.otherMu,
        f.otherSigma, input.c_str());
  } else {
    FUZZ_CHECK(f.otherMu == f.mu && f.otherSigma == f.sigma,
               "no tie, other (%a, %a): %s", f.otherMu, f.otherSigma,
               input.c_str());
  }
  // The search starts at each component and only descends. Known and not
  // fixed yet: for a sigma below ~1e-150 the finite-difference Hessian
  // (steps of 1e-4 sigma) that screens saddles underflows and rejects the
  // component's own minimum, and a worse one is returned (found with
  // sigmas[1] = 5e-323). Such mixtures are left out of this check.
  if (std::min(p.sigmas[0], p.sigmas[1]) < 1e-150) return;
  for (int i = 0; i < 2; ++i) {
    if (!(p.weights[i] > 0.0)) continue;
    const double start = reverseKlNats(p, p.means[i], p.sigmas[i]);
    FUZZ_CHECK(f.kl <= start + 1e-9 * start + 1e-12,
               "reverse fit KL %s worse than Q = component %d's %s: %s",
               fuzz::show(f.kl).c_str(), i, fuzz::show(start).c_str(),
               input.c_str());
  }
}

void checkLandscape(const Mixture& p, bool valid, fuzz::Bytes& in,
                    const std::string& mixture_input) {
  const Direction direction =
      in.byte() & 1 ? Direction::kForward : Direction::kReverse;
  double mu_lo = fuzz::between(in, -15.0, 15.0),
         mu_hi = mu_lo + fuzz::logUniform(in, -2.0, 1.5);
  double ls_lo = fuzz::between(in, -4.0, 2.0),
         ls_hi = ls_lo + fuzz::logUniform(in, -2.0, 0.7);
  size_t n_mu = 2 + in.byte() % 4, n_ls = 2 + in.byte() % 4;
  const uint8_t broken = in.byte();
  if (broken % 8 == 0) {  // one parameter out of bounds
    switch (in.byte() % 6) {
      case 0:
        mu_hi = mu_lo;
        break;
      case 1:
        ls_lo = -700.5;
        break;
      case 2:
        ls_hi = fuzz::special(in);
        break;
      case 3:
        n_mu = in.byte() & 1 ? 1 : 401;
        break;
      case 4:
        n_ls = in.byte() & 1 ? 1 : 401;
        break;
      default:
        mu_lo = fuzz::special(in);
        break;
    }
  }
  const size_t size = broken % 8 == 1 ? n_mu * n_ls + 1 : n_mu * n_ls;
  std::vector<double> out(std::min<size_t>(size, 4096));
  const std::string input =
      mixture_input +
      fuzz::format(" %s mu [%a, %a] x %zu log sigma [%a, %a] x %zu size %zu",
                   direction == Direction::kForward ? "forward" : "reverse",
                   mu_lo, mu_hi, n_mu, ls_lo, ls_hi, n_ls, size);
  const auto problem = klLandscape(p, direction, mu_lo, mu_hi, n_mu, ls_lo,
                                   ls_hi, n_ls, Units::kNats, out);
  const bool grid_valid =
      std::isfinite(mu_lo) && std::isfinite(mu_hi) && mu_lo < mu_hi &&
      std::isfinite(ls_lo) && std::isfinite(ls_hi) && ls_lo < ls_hi &&
      ls_lo >= -700.0 && ls_hi <= 700.0 && n_mu >= 2 && n_mu <= 400 &&
      n_ls >= 2 && n_ls <= 400 && out.size() == n_mu * n_ls;
  if (!valid || !grid_valid)
    return fuzz::expectRefused(problem, "klLandscape", input);
  fuzz::expectAccepted(problem, "klLandscape", input);
  for (size_t i = 0; i < n_ls; ++i) {
    const double sigma = std::exp(
        i + 1 == n_ls ? ls_hi : ls_lo + (ls_hi - ls_lo) * i / (n_ls - 1.0));
    for (size_t j = 0; j < n_mu; ++j) {
      const double mu =
          j + 1 == n_mu ? mu_hi : mu_lo + (mu_hi - mu_lo) * j / (n_mu - 1.0);
      const double cell = out[i * n_mu + j];
      if (direction == Direction::kForward) {
        FUZZ_CHECK(cell == forwardKlNats(p, mu, sigma),
                   "forward cell (%zu, %zu) = %s, pointwise %s: %s", i, j,
                   fuzz::show(cell).c_str(),
                   fuzz::show(forwardKlNats(p, mu, sigma)).c_str(),
                   input.c_str());
      } else {
        // The landscape integrates the remainder log1p(e^-|delta|), which
        // is at most log 2, with one 8-point rule per panel; kl_landscape.hpp
        // says it matches the pointwise value "to about 1e-11 relative". Found:
        // 5.4e-11 relative (1.4e-10 absolute at 2.52) on an ordinary mixture,
        // so the check allows 1e-10 of (value + log 2) and the claim is
        // reported as ~5x optimistic.
        const double want = reverseKlNats(p, mu, sigma);
        FUZZ_CHECK(cell >= 0.0 && !std::isnan(cell) && want >= 0.0,
                   "reverse cell (%zu, %zu) = %s, pointwise %s: %s", i, j,
                   fuzz::show(cell).c_str(), fuzz::show(want).c_str(),
                   input.c_str());
        if (extremeWidths(p)) continue;
        FUZZ_CHECK(fuzz::near(cell, want, 1e-10 * (want + std::log(2.0))),
                   "reverse cell (%zu, %zu) = %s, pointwise %s: %s", i, j,
                   fuzz::show(cell).c_str(), fuzz::show(want).c_str(),
                   input.c_str());
      }
    }
  }
}

void checkDensity(const Mixture& p, bool valid, fuzz::Bytes& in,
                  const std::string& mixture_input) {
  double lo = fuzz::between(in, -30.0, 30.0),
         hi = lo + fuzz::logUniform(in, -3.0, 2.0);
  if (in.byte() % 8 == 0) hi = fuzz::anyDouble(in, 30.0);
  const size_t n = in.byte() % 16 == 0 ? in.below(6) : 4 + in.below(60);
  std::vector<double> x(n), y(in.byte() % 16 == 0 ? n + 1 : n);
  const std::string input =
      mixture_input + fuzz::format(" lo %a hi %a n %zu", lo, hi, n);
  const auto problem = mixtureDensityCurve(p, lo, hi, x, y);
  const bool others = std::isfinite(lo) && std::isfinite(hi) && lo < hi &&
                      std::isfinite(hi - lo) && n >= kMinCurvePoints &&
                      y.size() == n;
  if (!valid || !others)
    return fuzz::expectRefused(problem, "mixtureDensityCurve", input);
  fuzz::expectAccepted(problem, "mixtureDensityCurve", input);
  FUZZ_CHECK(x.front() == lo && x.back() == hi, "ends: %s", input.c_str());
  const long double pi = 3.141592653589793238462643383279502884L;
  for (size_t i = 0; i < n; ++i) {
    long double want = 0.0L, scale = 0.0L;
    double z_max = 0.0;
    for (int c = 0; c < 2; ++c) {
      const long double z =
          (static_cast<long double>(x[i]) - p.means[c]) / p.sigmas[c];
      const long double peak =
          p.weights[c] / (p.sigmas[c] * std::sqrt(2.0L * pi));
      want += peak * std::exp(-0.5L * z * z);
      scale = std::max(scale, peak);
      z_max = std::max(z_max, static_cast<double>(std::fabs(z)));
    }
    // log-sum-exp of log w - z^2/2 - log sigma - log sqrt(2 pi): each exponent
    // off by ~eps (z^2 + |log w| + |log sigma| + 1), relative in y.
    const double relative = (8.0 + 2.0 * std::min(z_max * z_max, 1e6) +
                             2.0 * (std::fabs(std::log(p.sigmas[0])) +
                                    std::fabs(std::log(p.sigmas[1])) + 40.0)) *
                            kEps;
    const double w = static_cast<double>(want);
    FUZZ_CHECK(y[i] >= 0.0 &&
                   fuzz::near(y[i], w,
                              relative * w + 4 * kTiny * std::max(1.0L, scale)),
               "y[%zu] = %s at %a, reference %s: %s", i,
               fuzz::show(y[i]).c_str(), x[i], fuzz::show(w).c_str(),
               input.c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const uint8_t op = in.byte();
  const Mixture p = mixture(in);
  const bool valid = validMixture(p);
  const std::string input = describe(p);
  // For replaying a slow input: FUZZ_VERBOSE=1 fuzz_mixture <file>.
  if (std::getenv("FUZZ_VERBOSE"))
    std::fprintf(stderr, "op %d %s\n", op % 8, input.c_str());
  const auto problem = checkMixture(p);
  if (!valid) {
    fuzz::expectRefused(problem, "checkMixture", input);
    fuzz::expectRefused(fitGaussian(p, Direction::kForward), "fitGaussian",
                        input);
    fuzz::expectRefused(fitGaussian(p, Direction::kReverse), "fitGaussian",
                        input);
  } else {
    fuzz::expectAccepted(problem, "checkMixture", input);
  }
  switch (op % 8) {
    case 0:
    case 1:
    case 2:
      if (valid) {
        const double mu = fuzz::between(in, -15.0, 15.0);
        const double sigma = fuzz::logUniform(in, -2.0, 1.5);
        checkDivergences(p, mu, sigma,
                         input + fuzz::format(" G (%a, %a)", mu, sigma));
      }
      break;
    case 3:
      if (valid) checkForwardFit(p, in, input);
      break;
    case 4:
      if (valid) checkReverseFit(p, input);
      break;
    case 5:
    case 6:
      checkLandscape(p, valid, in, input);
      break;
    default:
      checkDensity(p, valid, in, input);
      break;
  }
  return 0;
}
