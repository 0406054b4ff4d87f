// The 15-point Gauss-Kronrod rule and the one adaptive integrator built on
// it, shared by the quadrature check of the Gaussian KL (gaussian.cpp) and
// the numerical part of the mixture divergences (mixture_kl.cpp).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <span>
#include <tuple>
#include <vector>

#include "summation.hpp"

namespace infotheory {

// QUADPACK's QK15 (Piessens et al., QUADPACK, 1983): abscissae descending on
// [0, 1], so the nodes on [-1, 1] are -x[0..6], 0, x[6..0]. Checked against
// the exact moments of x^k up to degree 22 (K15) and 13 (G7) in 40-digit
// arithmetic.
inline constexpr double kKronrodX[8] = {
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
    0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
    0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0.0};
inline constexpr double kKronrodW[8] = {
    0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
    0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
    0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
// Gauss weights for kKronrodX[1], [3], [5] and [7].
inline constexpr double kGaussW[4] = {
    0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
    0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

// An integrand's value at one point: N functions integrated together on one
// partition, which the first one's error estimate drives (the others must
// share its features), and a bound on the first one's own rounding error
// where it is computed from terms far larger than itself (else 0).
template <size_t N>
struct KronrodSample {
  std::array<double, N> values;
  double noise = 0.0;
};

// A plain double is one function with no noise of its own.
inline KronrodSample<1> asKronrodSample(double value) { return {{value}}; }
template <size_t N>
KronrodSample<N> asKronrodSample(const KronrodSample<N>& sample) {
  return sample;
}

template <size_t N>
struct KronrodPanel {
  double lo, hi;
  std::array<double, N> value;  // K15 of each function over [lo, hi]
  double error;  // estimated |error| of value[0], at least `floor`
  double floor;  // its rounding level: bisection cannot get below it
};

// QK15 on [lo, hi] with QUADPACK's error estimate: |K15 - G7| scaled by
// (200 |K15 - G7| / resasc)^1.5, which tracks the true error of K15 for
// smooth integrands, floored at the rounding level, 50 eps times the
// integral of |f| plus 8 times the integral of the integrand's own noise.
template <class F>
auto kronrodPanel(const F& f, double lo, double hi) {
  const double center = 0.5 * (lo + hi), half = 0.5 * (hi - lo);
  const auto at_center = asKronrodSample(f(center));
  constexpr size_t N = std::tuple_size_v<decltype(at_center.values)>;
  std::array<KronrodSample<N>, 15> fv;
  fv[7] = at_center;
  for (int i = 0; i < 7; ++i) {
    const double dx = half * kKronrodX[i];
    fv[i] = asKronrodSample(f(center - dx));
    fv[14 - i] = asKronrodSample(f(center + dx));
  }
  KronrodPanel<N> panel{lo, hi, {}, 0.0, 0.0};
  for (size_t c = 0; c < N; ++c) {
    panel.value[c] = kKronrodW[7] * fv[7].values[c];
  }
  double gauss = kGaussW[3] * fv[7].values[0];
  double absolute = kKronrodW[7] * std::fabs(fv[7].values[0]);
  double noise = kKronrodW[7] * fv[7].noise;
  for (int i = 0; i < 7; ++i) {
    const KronrodSample<N>& left = fv[i];
    const KronrodSample<N>& right = fv[14 - i];
    for (size_t c = 0; c < N; ++c) {
      panel.value[c] += kKronrodW[i] * (left.values[c] + right.values[c]);
    }
    absolute +=
        kKronrodW[i] * (std::fabs(left.values[0]) + std::fabs(right.values[0]));
    noise += kKronrodW[i] * (left.noise + right.noise);
    if (i % 2 == 1) {
      gauss += kGaussW[i / 2] * (left.values[0] + right.values[0]);
    }
  }
  const double mean = 0.5 * panel.value[0];
  double spread = kKronrodW[7] * std::fabs(fv[7].values[0] - mean);
  for (int i = 0; i < 7; ++i) {
    spread += kKronrodW[i] * (std::fabs(fv[i].values[0] - mean) +
                              std::fabs(fv[14 - i].values[0] - mean));
  }
  spread *= half;
  double error = std::fabs(panel.value[0] - gauss) * half;
  if (spread != 0.0 && error != 0.0) {
    error = spread * std::min(1.0, std::pow(200.0 * error / spread, 1.5));
  }
  panel.floor =
      (50.0 * std::numeric_limits<double>::epsilon() * absolute + 8.0 * noise) *
      half;
  panel.error = std::max(error, panel.floor);
  for (double& v : panel.value) v *= half;
  return panel;
}

// One piece of the integration range.
struct Interval {
  double lo, hi;
};

// When adaptive integration stops: once the panels' error estimates sum to
// at most max(relative |integral of f_0|, absolute), or to 1.5 times their
// rounding floors (bisecting a panel at its floor gains nothing; the 0.5
// leaves room for the running sums' drift), or when there are maxPanels
// panels (a safeguard for pathological integrands).
struct AdaptiveTolerance {
  double relative;
  double absolute;
  int maxPanels;
};

template <size_t N>
struct AdaptiveIntegral {
  std::array<double, N> value;  // the integrals
  double error;                 // the estimate of |error| of value[0]
  int evaluations;              // integrand evaluations used
};

// Globally adaptive Gauss-Kronrod (QUADPACK's QAG strategy, and QAGP's when
// the starting panels are cut at the integrand's kinks): bisect the panel
// with the largest error estimate until `tolerance` is met. The starting
// panels need not be adjacent: the integral is over their union.
template <class F>
auto integrateAdaptive(const F& f, std::span<const Interval> start,
                       const AdaptiveTolerance& tolerance) {
  using Panel = decltype(kronrodPanel(f, 0.0, 1.0));
  constexpr size_t N = std::tuple_size_v<decltype(Panel::value)>;
  std::vector<Panel> panels;
  panels.reserve(start.size());
  int evaluations = 0;
  double value = 0.0, error = 0.0, floor = 0.0;
  auto add = [&](double lo, double hi) {
    panels.push_back(kronrodPanel(f, lo, hi));
    evaluations += 15;
    value += panels.back().value[0];
    error += panels.back().error;
    floor += panels.back().floor;
  };
  auto by_error = [](const Panel& a, const Panel& b) {
    return a.error < b.error;
  };
  for (const Interval& interval : start) add(interval.lo, interval.hi);
  std::make_heap(panels.begin(), panels.end(), by_error);
  while (error > std::max({tolerance.relative * std::fabs(value),
                           tolerance.absolute, 1.5 * floor}) &&
         static_cast<int>(panels.size()) < tolerance.maxPanels) {
    std::pop_heap(panels.begin(), panels.end(), by_error);
    const Panel worst = panels.back();
    const double mid = 0.5 * (worst.lo + worst.hi);
    if (!(mid > worst.lo && mid < worst.hi)) break;  // no room to bisect
    panels.pop_back();
    value -= worst.value[0];
    error -= worst.error;
    floor -= worst.floor;
    add(worst.lo, mid);
    std::push_heap(panels.begin(), panels.end(), by_error);
    add(mid, worst.hi);
    std::push_heap(panels.begin(), panels.end(), by_error);
  }
  // The running sums drift by a few ulps over thousands of updates: total
  // afresh, with compensation.
  std::array<NeumaierSum, N> totals;
  double total_error = 0.0;
  for (const Panel& panel : panels) {
    for (size_t c = 0; c < N; ++c) totals[c].add(panel.value[c]);
    total_error += panel.error;
  }
  AdaptiveIntegral<N> result{{}, total_error, evaluations};
  for (size_t c = 0; c < N; ++c) result.value[c] = totals[c].value();
  return result;
}

// Appends [lo, hi] cut into `panels` equal panels (the last ends at hi).
inline void appendEqualPanels(double lo, double hi, int panels,
                              std::vector<Interval>& out) {
  const double width = (hi - lo) / panels;
  for (int i = 0; i < panels; ++i) {
    out.push_back(
        {lo + i * width, i + 1 == panels ? hi : lo + (i + 1) * width});
  }
}

// The same over [lo, hi], starting from `panels` equal panels.
template <class F>
auto integrateAdaptive(const F& f, double lo, double hi, int panels,
                       const AdaptiveTolerance& tolerance) {
  std::vector<Interval> start;
  appendEqualPanels(lo, hi, panels, start);
  return integrateAdaptive(f, std::span<const Interval>(start), tolerance);
}

}  // namespace infotheory
