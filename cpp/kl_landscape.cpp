#include "kl_landscape.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "curves.hpp"
#include "mixture_log_ratio.hpp"
#include "validate.hpp"

// The forward landscape is closed form once the KL(N_i || P) are known
// (mixture_kl.hpp). The reverse one takes the same split of log p as
// mixture_kl.cpp, but not its adaptive integration point by point: the
// remainder R(x) = log1p(e^{-|delta(x)|}) depends on x only (|delta| is the
// same for either baseline), so each row (one sigma) tabulates R once at
// Gauss-Legendre nodes in x, and each column adds them up against its
// Gaussian. Along a row the Gaussian factors follow a two-term recurrence in
// mu (the grid is evenly spaced), so a node costs two multiplications per
// column, not an exponential.

namespace infotheory {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// |delta| levels for the landscape's panels: between them the remainder
// decays by at most e^5, which one 8-point rule integrates to ~1e-11 relative
// (Gauss-Legendre error ~ 2e-18 f^(16) on [-1, 1]); beyond 36 it is below
// 2.4e-16 and skipped.
constexpr std::array<double, 7> kLandscapeLevels = {2.0,  6.0,  10.0, 15.0,
                                                    20.0, 26.0, 36.0};
// Panels at most 1 sigma wide resolve the Gaussian; beyond 8.5 sigma its
// density is below e^{-36}.
constexpr double kLandscapePanel = 1.0, kLandscapeReach = 8.5;

// Gauss-Legendre, 8 points, positive half (30-digit mpmath roots of P_8).
constexpr double kLegendreX[4] = {
    0.18343464249564980494, 0.52553240991632898582, 0.79666647741362673959,
    0.96028985649753623168};
constexpr double kLegendreW[4] = {
    0.36268378337836198297, 0.31370664587788728734, 0.22238103445337447054,
    0.10122853629037625915};

// The panels of x on which a row tabulates the remainder: [lo, hi] split
// into `count` equal ones, for each interval between level breakpoints where
// the remainder is not negligible.
struct Span {
  double lo, hi;
  double count;
};

std::vector<Span> remainderSpans(const LogRatio& d, const Points& breaks,
                                 double x_lo, double x_hi, double panel) {
  std::vector<Span> spans;
  for (size_t i = 0; i <= breaks.n; ++i) {
    const double lo = i == 0 ? x_lo : std::max(breaks.v[i - 1], x_lo);
    const double hi = i == breaks.n ? x_hi : std::min(breaks.v[i], x_hi);
    if (!(lo < hi)) continue;
    if (std::fabs(d.at(0.5 * (lo + hi))) > kLandscapeLevels.back()) continue;
    spans.push_back({lo, hi, std::max(1.0, std::ceil((hi - lo) / panel))});
  }
  return spans;
}

// Adds E[R(x)], x ~ N(mu_j, sigma^2), to remainder[j] for the row's columns
// mu_j = mu_lo + j * step. `d` is delta as a function of x (the LogRatio at
// mu = 0, sigma = 1).
void landscapeRemainderRow(const LogRatio& d, const std::vector<Span>& spans,
                           double mu_lo, double step, double sigma,
                           std::span<double> remainder) {
  const double last_column = static_cast<double>(remainder.size() - 1);
  const double reach = kLandscapeReach * sigma;
  const double inv_var = 1.0 / (sigma * sigma);
  const double ratio_step = std::exp(-step * step * inv_var);
  const double norm = kInvSqrt2Pi / sigma;
  for (const Span& span : spans) {
    const int panels = static_cast<int>(span.count);
    const double lo = span.lo, width = (span.hi - span.lo) / span.count;
    for (int k = 0; k < panels; ++k) {
      const double center = lo + (k + 0.5) * width, half = 0.5 * width;
      for (int node = 0; node < 8; ++node) {
        const double offset = half * kLegendreX[node / 2];
        const double x = node % 2 == 0 ? center - offset : center + offset;
        const double rest = std::log1p(std::exp(-std::fabs(d.at(x))));
        const double weight = norm * half * kLegendreW[node / 2] * rest;
        // The columns within reach of x (clamped before any conversion).
        const double first = std::ceil((x - reach - mu_lo) / step);
        const double last = std::floor((x + reach - mu_lo) / step);
        if (!(last >= 0.0 && first <= last_column)) continue;
        const size_t j0 = static_cast<size_t>(std::max(first, 0.0));
        const size_t j1 = static_cast<size_t>(std::min(last, last_column));
        // With u_j = mu_j - x: g_j = e^{-u_j^2 / (2 s^2)} has
        // g_{j+1} = g_j r_j, r_j = e^{-(u_j step + step^2 / 2) / s^2}, and
        // r_{j+1} = r_j e^{-step^2 / s^2}. Within reach g_j > e^{-37}: no
        // underflow, and 400 steps drift by ~1e-13 relative at most.
        const double u = mu_lo + step * static_cast<double>(j0) - x;
        double g = weight * std::exp(-0.5 * u * u * inv_var);
        double r = std::exp(-(u * step + 0.5 * step * step) * inv_var);
        for (size_t j = j0; j <= j1; ++j) {
          remainder[j] += g;
          g *= r;
          r *= ratio_step;
        }
      }
    }
  }
}

// The whole reverse landscape, in nats, rows of log sigma.
void reverseLandscape(const Mixture& p, double mu_lo, double mu_hi, size_t n_mu,
                      double log_sigma_lo, double log_sigma_hi,
                      size_t n_log_sigma, std::span<double> out) {
  for (size_t i = 0; i < n_log_sigma; ++i) {
    const double sigma =
        std::exp(gridPoint(log_sigma_lo, log_sigma_hi, i, n_log_sigma));
    auto row = out.subspan(i * n_mu, n_mu);
    if (!(p.weights[0] > 0.0 && p.weights[1] > 0.0)) {  // a single Gaussian
      for (size_t j = 0; j < n_mu; ++j) {
        row[j] = reverseKlNats(p, gridPoint(mu_lo, mu_hi, j, n_mu), sigma);
      }
      continue;
    }
    const double step = (mu_hi - mu_lo) / static_cast<double>(n_mu - 1);
    const double reach = kLandscapeReach * sigma;
    const LogRatio d = logRatioOf(p, 0, 0.0, 1.0);
    const std::vector<Span> spans =
        remainderSpans(d, levelBreaks(d, kLandscapeLevels), mu_lo - reach,
                       mu_hi + reach, kLandscapePanel * sigma);
    double panels = 0.0;
    for (const Span& span : spans) panels += span.count;
    // A sigma far below the column spacing leaves most panels out of every
    // column's reach; past ~50 panels (400 nodes) a column, each point is
    // cheaper on its own.
    if (panels > 50.0 * static_cast<double>(n_mu)) {
      for (size_t j = 0; j < n_mu; ++j) {
        row[j] = reverseKlNats(p, gridPoint(mu_lo, mu_hi, j, n_mu), sigma);
      }
      continue;
    }
    std::fill(row.begin(), row.end(), 0.0);
    landscapeRemainderRow(d, spans, mu_lo, step, sigma, row);
    for (size_t j = 0; j < n_mu; ++j) {
      const double mu = gridPoint(mu_lo, mu_hi, j, n_mu);
      const auto [a, base] = baseline(p, mu, sigma);
      if (!std::isfinite(base)) {
        row[j] = kInf;
        continue;
      }
      Expectation max_part;
      maxPart(logRatioOf(p, a, mu, sigma), max_part);
      row[j] = std::max(0.0, base - max_part.value - row[j]);
    }
  }
}

}  // namespace

std::optional<InputError> klLandscape(const Mixture& p, Direction direction,
                                      double muLo, double muHi, size_t nMu,
                                      double logSigmaLo, double logSigmaHi,
                                      size_t nLogSigma, Units units,
                                      std::span<double> out) {
  if (auto problem = checkMixture(p)) return problem;
  if (auto problem = checkGridEnds(muLo, "muLo", muHi, "muHi")) return problem;
  if (auto problem =
          checkGridEnds(logSigmaLo, "logSigmaLo", logSigmaHi, "logSigmaHi")) {
    return problem;
  }
  // sigma = e^{log sigma} must be a positive, finite double.
  if (logSigmaLo < -700.0) {
    return InputError{"logSigmaLo = " + formatNumber(logSigmaLo) +
                      " is below -700 (sigma would underflow to 0)"};
  }
  if (logSigmaHi > 700.0) {
    return InputError{"logSigmaHi = " + formatNumber(logSigmaHi) +
                      " is above 700 (sigma would overflow)"};
  }
  for (auto [side, name] :
       {std::pair{nMu, "nMu"}, std::pair{nLogSigma, "nLogSigma"}}) {
    if (side < kMinLandscapeSide || side > kMaxLandscapeSide) {
      return InputError{std::string(name) + " = " + std::to_string(side) +
                        " is outside [" + std::to_string(kMinLandscapeSide) +
                        ", " + std::to_string(kMaxLandscapeSide) + "]"};
    }
  }
  if (out.size() != nMu * nLogSigma) {
    return InputError{
        "out has " + std::to_string(out.size()) +
        " entries, not nMu * nLogSigma = " + std::to_string(nMu * nLogSigma)};
  }
  if (direction == Direction::kReverse) {
    reverseLandscape(p, muLo, muHi, nMu, logSigmaLo, logSigmaHi, nLogSigma,
                     out);
    for (double& v : out) v = inUnits(v, units);
    return std::nullopt;
  }
  const std::array<double, 2> divergences = componentDivergences(p);
  for (size_t i = 0; i < nLogSigma; ++i) {
    const double sigma =
        std::exp(gridPoint(logSigmaLo, logSigmaHi, i, nLogSigma));
    for (size_t j = 0; j < nMu; ++j) {
      const double mu = gridPoint(muLo, muHi, j, nMu);
      out[i * nMu + j] =
          inUnits(forwardKlNats(p, mu, sigma, divergences), units);
    }
  }
  return std::nullopt;
}

}  // namespace infotheory
