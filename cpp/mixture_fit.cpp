#include "mixture_fit.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "gaussian.hpp"

namespace infotheory {

namespace {

struct Minimum {
  double mu, log_sigma, kl;
  bool converged;
};

struct Evaluation {
  double kl;
  std::array<double, 2> gradient;  // d/dmu, d/dlog(sigma)
};

Evaluation evaluate(const Mixture& p, double mu, double log_sigma) {
  Evaluation e;
  e.kl = reverseKlNats(p, mu, std::exp(log_sigma), e.gradient);
  return e;
}

// Size of the gradient in scale-free terms: sigma d/dmu and d/dlog(sigma).
double gradientSize(const Evaluation& e, double sigma) {
  return std::hypot(sigma * e.gradient[0], e.gradient[1]);
}

// BFGS over (mu, log sigma) with a backtracking (Armijo) line search
// (Nocedal & Wright, Numerical Optimization, 2006, alg. 6.1), started with
// the inverse Hessian of D(G || N(mu, sigma^2)) at G: diag(sigma^2, 1/2).
Minimum minimise(const Mixture& p, double mu, double sigma) {
  constexpr double kGradientTolerance = 1e-10;
  constexpr int kMaxIterations = 200;
  double x[2] = {mu, std::log(sigma)};
  Evaluation e = evaluate(p, x[0], x[1]);
  double h[2][2] = {{sigma * sigma, 0.0}, {0.0, 0.5}};
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    const double s_now = std::exp(x[1]);
    // The gradient's rounding noise grows with the divergence's terms.
    if (gradientSize(e, s_now) <= kGradientTolerance * std::max(1.0, e.kl)) {
      return {x[0], x[1], e.kl, true};
    }
    double d[2] = {-(h[0][0] * e.gradient[0] + h[0][1] * e.gradient[1]),
                   -(h[1][0] * e.gradient[0] + h[1][1] * e.gradient[1])};
    double slope = d[0] * e.gradient[0] + d[1] * e.gradient[1];
    if (!(slope < 0.0)) {  // lost positive-definiteness: steepest descent
      h[0][0] = s_now * s_now;
      h[0][1] = h[1][0] = 0.0;
      h[1][1] = 0.5;
      d[0] = -h[0][0] * e.gradient[0];
      d[1] = -h[1][1] * e.gradient[1];
      slope = d[0] * e.gradient[0] + d[1] * e.gradient[1];
    }
    // No step may change sigma by more than e^2 or move mu by more than
    // 4 sigma: the quadratic model is not trusted further.
    const double limit =
        std::max(std::fabs(d[0]) / (4.0 * s_now), std::fabs(d[1]) / 2.0);
    double step = limit > 1.0 ? 1.0 / limit : 1.0;
    // Accept rounding-level increases: near the minimum the decrease is below
    // the noise in the divergence, while the gradient is still resolved.
    const double noise =
        8.0 * std::numeric_limits<double>::epsilon() * (std::fabs(e.kl) + 1.0);
    Evaluation next;
    double xn[2];
    bool accepted = false;
    for (int tries = 0; tries < 50; ++tries) {
      xn[0] = x[0] + step * d[0];
      xn[1] = x[1] + step * d[1];
      next = evaluate(p, xn[0], xn[1]);
      if (next.kl <= e.kl + 1e-4 * step * slope + noise) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) return {x[0], x[1], e.kl, false};
    const double s[2] = {xn[0] - x[0], xn[1] - x[1]};
    const double y[2] = {next.gradient[0] - e.gradient[0],
                         next.gradient[1] - e.gradient[1]};
    const double sy = s[0] * y[0] + s[1] * y[1];
    if (sy > 0.0) {
      // H <- (I - rho s y^T) H (I - rho y s^T) + rho s s^T.
      const double rho = 1.0 / sy;
      const double hy[2] = {h[0][0] * y[0] + h[0][1] * y[1],
                            h[1][0] * y[0] + h[1][1] * y[1]};
      const double yhy = y[0] * hy[0] + y[1] * hy[1];
      for (int i = 0; i < 2; ++i) {
        for (int j = 0; j < 2; ++j) {
          h[i][j] += (1.0 + rho * yhy) * rho * s[i] * s[j] -
                     rho * (hy[i] * s[j] + s[i] * hy[j]);
        }
      }
    }
    x[0] = xn[0];
    x[1] = xn[1];
    e = next;
  }
  return {x[0], x[1], e.kl, false};
}

// False at a saddle point (the midpoint start of a symmetric mixture ends
// on one): the Hessian, by central differences of the gradient in the
// scale-free coordinates (mu / sigma, log sigma), is clearly indefinite.
bool isLocalMinimum(const Mixture& p, const Minimum& m) {
  constexpr double h = 1e-4;
  const double sigma = std::exp(m.log_sigma);
  double hessian[2][2];
  for (int j = 0; j < 2; ++j) {
    const double dmu = j == 0 ? h * sigma : 0.0, dls = j == 1 ? h : 0.0;
    const Evaluation plus = evaluate(p, m.mu + dmu, m.log_sigma + dls);
    const Evaluation minus = evaluate(p, m.mu - dmu, m.log_sigma - dls);
    hessian[0][j] = sigma * (plus.gradient[0] - minus.gradient[0]) / (2 * h);
    hessian[1][j] = (plus.gradient[1] - minus.gradient[1]) / (2 * h);
  }
  const double off = 0.5 * (hessian[0][1] + hessian[1][0]);
  const double trace = hessian[0][0] + hessian[1][1];
  const double det = hessian[0][0] * hessian[1][1] - off * off;
  return trace > 0.0 && det > -1e-6 * trace * trace;
}

}  // namespace

namespace {

// Sets fit.behaviour and fit.component for a reverse fit (see GaussianFit).
void classify(const Mixture& p, GaussianFit& fit) {
  const double apart =
      gaussianKlNats(mixtureMean(p), mixtureStdDev(p), fit.mu, fit.sigma);
  int nearest = -1;
  double nearestKl = std::numeric_limits<double>::infinity();
  for (int i = 0; i < 2; ++i) {
    if (p.weights[i] == 0.0) continue;
    const double kl =
        gaussianKlNats(fit.mu, fit.sigma, p.means[i], p.sigmas[i]);
    if (kl < nearestKl) nearestKl = kl, nearest = i;
  }
  using Behaviour = GaussianFit::Behaviour;
  if (apart <= kNearKlNats) {
    fit.behaviour = Behaviour::kCoversBoth;
  } else if (nearestKl <= kNearKlNats) {
    fit.behaviour = Behaviour::kSitsOnComponent;
    fit.component = nearest;
  } else {
    fit.behaviour = Behaviour::kNeither;
  }
}

}  // namespace

const char* behaviourName(GaussianFit::Behaviour behaviour) {
  static constexpr const char* kNames[] = {"none", "sitsOnComponent",
                                           "coversBoth", "neither"};
  return kNames[static_cast<int>(behaviour)];
}

Result<GaussianFit> fitGaussian(const Mixture& p, Direction direction,
                                Units units) {
  if (auto problem = checkMixture(p)) return *problem;
  if (direction == Direction::kForward) {
    const double mu = mixtureMean(p), sigma = mixtureStdDev(p);
    return GaussianFit{
        mu,    sigma, inUnits(forwardKlNats(p, mu, sigma), units),
        false, mu,    sigma};
  }
  // Starts: each component, the moment-matched fit, and between the modes.
  std::vector<std::array<double, 2>> starts;
  for (int i = 0; i < 2; ++i) {
    if (p.weights[i] > 0.0) starts.push_back({p.means[i], p.sigmas[i]});
  }
  starts.push_back({mixtureMean(p), mixtureStdDev(p)});
  starts.push_back(
      {0.5 * (p.means[0] + p.means[1]), 0.5 * (p.sigmas[0] + p.sigmas[1])});
  std::vector<Minimum> minima;
  for (const auto& start : starts) {
    const Minimum m = minimise(p, start[0], start[1]);
    if (isLocalMinimum(p, m)) minima.push_back(m);
  }
  if (minima.empty()) minima.push_back(minimise(p, starts[0][0], starts[0][1]));
  std::sort(minima.begin(), minima.end(),
            [](const Minimum& a, const Minimum& b) { return a.kl < b.kl; });
  const Minimum& best = minima.front();
  // Another minimum is distinct if it sits elsewhere on the scale of P,
  // and ties if its divergence agrees within 1e-9 relative (plus rounding).
  const double scale = mixtureStdDev(p);
  const Minimum* other = nullptr;
  for (const Minimum& m : minima) {
    const bool distinct = std::fabs(m.mu - best.mu) > 1e-6 * scale ||
                          std::fabs(m.log_sigma - best.log_sigma) > 1e-6;
    const bool ties = m.kl - best.kl <= 1e-9 * best.kl + 1e-15;
    if (distinct && ties && m.converged &&
        (other == nullptr ||
         std::fabs(m.mu - best.mu) > std::fabs(other->mu - best.mu))) {
      other = &m;
    }
  }
  const Minimum* first = &best;
  const Minimum* second = other;
  if (other != nullptr && other->mu < best.mu) std::swap(first, second);
  const double mu = first->mu, sigma = std::exp(first->log_sigma);
  GaussianFit fit{
      mu, sigma, inUnits(reverseKlNats(p, mu, sigma), units), other != nullptr,
      mu, sigma};
  if (second != nullptr) {
    fit.otherMu = second->mu;
    fit.otherSigma = std::exp(second->log_sigma);
  }
  classify(p, fit);
  return fit;
}

}  // namespace infotheory
