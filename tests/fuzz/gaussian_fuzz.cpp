// Gaussians (gaussian.hpp): closed-form KL, the VAE KL, differential
// entropy, the quadrature check and the density curve.
//
// Invariants, for finite means and finite sigmas > 0:
//   KL >= +0, exactly 0 when the two normals are equal and > 0 when they
//   differ (unless the true value underflows); it matches a long-double
//   reference, to a few ulps near equality and within the conditioning of
//   log/exp for far-apart sigmas
//   vaeKl(mu, sigma).total == gaussianKl(mu, sigma, 0, 1) bit for bit, its
//   terms are the documented formulas and add up to the total
//   h(sigma) = 1/2 log(2 pi e sigma^2) to a few ulps
//   the quadrature agrees with the closed form within its own error estimate
//   the density curve: ends exact, x ascending in [lo, hi], y >= 0 matching a
//   long-double reference
//   bits = nats * log2(e)
// and anything else is refused with a message, never answered with NaN.

#include <algorithm>

#include "fuzz.hpp"

namespace {

using namespace infotheory;
using fuzz::kEps;
using fuzz::kTiny;

double mean(fuzz::Bytes& in) {
  switch (in.byte() % 8) {
    case 0:
    case 1:
    case 2:
    case 3:
      return fuzz::between(in, -10.0, 10.0);
    case 4:
    case 5:
      return fuzz::wide(in);
    case 6:
      return fuzz::special(in);
    default:
      return in.raw();
  }
}

double sigma(fuzz::Bytes& in) {
  switch (in.byte() % 8) {
    case 0:
    case 1:
    case 2:
    case 3:
      return fuzz::logUniform(in, -3.0, 3.0);
    case 4:
    case 5:
      return std::fabs(fuzz::wide(in));
    case 6:
      return fuzz::special(in);
    default:
      return in.raw();
  }
}

bool validNormal(double mu, double s) {
  return std::isfinite(mu) && std::isfinite(s) && s > 0.0;
}

// KL(N(mu1, s1^2) || N(mu2, s2^2)) = 1/2 [(expm1(2t) - 2t) + offset^2], t =
// log(s1 / s2), in long double from the exact inputs.
long double referenceKl(double mu1, double s1, double mu2, double s2) {
  const long double t = fuzz::referenceLogRatio(s1, s2);
  const long double offset = (static_cast<long double>(mu1) - mu2) / s2;
  return 0.5L * (fuzz::referenceExpm1MinusIdentity(2.0L * t) + offset * offset);
}

// How far the kernel's KL may be from the reference, relative. t =
// logRatio(s1, s2) carries ~2.5 ulps; expm1(2t) - 2t amplifies a relative
// error of t by 2t (e^2t - 1) / (e^2t - 1 - 2t): 2 near t = 0 (where the
// series keeps full accuracy), about 2|t| for large t > 0 (e^2t, exp of a
// rounded exponent), about 1 for t < 0. Evaluating it costs ~4 ulps, the
// offset term ~3; both terms are >= 0, so their sum adds no cancellation.
// Far-apart sigmas (|t| up to ~1450) thus allow ~1e-12: inherent in going
// through log(s1 / s2), and far below what a learner reads.
double klTolerance(double s1, double s2) {
  const double t =
      std::fabs(static_cast<double>(fuzz::referenceLogRatio(s1, s2)));
  return (16.0 + 6.0 * t) * kEps;
}

void checkKl(double mu1, double s1, double mu2, double s2) {
  const std::string input =
      fuzz::format("mu1 %a sigma1 %a mu2 %a sigma2 %a", mu1, s1, mu2, s2);
  const auto nats = gaussianKl(mu1, s1, mu2, s2);
  const auto bits = gaussianKl(mu1, s1, mu2, s2, Units::kBits);
  if (!validNormal(mu1, s1) || !validNormal(mu2, s2)) {
    fuzz::expectRefused(nats, "gaussianKl", input);
    fuzz::expectRefused(bits, "gaussianKl(bits)", input);
    return;
  }
  fuzz::expectAccepted(nats, "gaussianKl", input);
  const double kl = nats.value();
  FUZZ_CHECK(bits.value() == inUnits(kl, Units::kBits), "bits: %s",
             input.c_str());
  FUZZ_CHECK(kl >= 0.0 && !std::signbit(kl), "KL = %s < +0: %s",
             fuzz::show(kl).c_str(), input.c_str());
  if (mu1 == mu2 && s1 == s2) {
    FUZZ_CHECK(kl == 0.0, "equal normals, KL = %s: %s", fuzz::show(kl).c_str(),
               input.c_str());
    return;
  }
  const long double want_ld = referenceKl(mu1, s1, mu2, s2);
  const double want =
      want_ld > DBL_MAX ? fuzz::kInf : static_cast<double>(want_ld);
  if (want >= DBL_MIN) {
    FUZZ_CHECK(kl > 0.0, "different normals, KL = 0 (reference %s): %s",
               fuzz::show(want).c_str(), input.c_str());
  }
  FUZZ_CHECK(fuzz::near(kl, want, klTolerance(s1, s2) * want + 4 * kTiny),
             "KL = %s, reference %s: %s", fuzz::show(kl).c_str(),
             fuzz::show(want).c_str(), input.c_str());
}

void checkVae(double mu, double s) {
  const std::string input = fuzz::format("mu %a sigma %a", mu, s);
  const auto nats = vaeKl(mu, s), bits = vaeKl(mu, s, Units::kBits);
  if (!validNormal(mu, s)) {
    fuzz::expectRefused(nats, "vaeKl", input);
    fuzz::expectRefused(bits, "vaeKl(bits)", input);
    return;
  }
  fuzz::expectAccepted(nats, "vaeKl", input);
  const VaeKlTerms& v = nats.value();
  const VaeKlTerms& b = bits.value();
  // The VAE KL is the KL against N(0, 1), by the same kernel.
  const double total = gaussianKl(mu, s, 0.0, 1.0).value();
  FUZZ_CHECK(
      v.total == total, "vaeKl total %s != gaussianKl(mu, s, 0, 1) %s: %s",
      fuzz::show(v.total).c_str(), fuzz::show(total).c_str(), input.c_str());
  FUZZ_CHECK(v.mean == 0.5 * mu * mu && v.variance == 0.5 * s * s &&
                 v.logVariance == -std::log(s) && v.constant == -0.5,
             "vaeKl terms are not mu^2/2, sigma^2/2, -log sigma, -1/2: %s",
             input.c_str());
  FUZZ_CHECK(b.mean == inUnits(v.mean, Units::kBits) &&
                 b.variance == inUnits(v.variance, Units::kBits) &&
                 b.logVariance == inUnits(v.logVariance, Units::kBits) &&
                 b.constant == inUnits(v.constant, Units::kBits) &&
                 b.total == inUnits(v.total, Units::kBits),
             "bits: %s", input.c_str());
  const long double sum = static_cast<long double>(v.mean) + v.variance +
                          v.logVariance + v.constant;
  if (!std::isfinite(v.total) || !std::isfinite(v.mean) ||
      !std::isfinite(v.variance)) {
    return;  // an overflowed mu^2 or sigma^2: checked against the reference
  }
  // The terms carry ~1 ulp each (the sum of them may cancel: that is the
  // input's), the total the KL tolerance.
  const double magnitude = v.mean + v.variance + std::fabs(v.logVariance) + 0.5;
  const double tolerance =
      4 * kEps * magnitude + klTolerance(s, 1.0) * v.total + 4 * kTiny;
  FUZZ_CHECK(fuzz::near(v.total, static_cast<double>(sum), tolerance),
             "vaeKl terms add to %s, total %s: %s",
             fuzz::show(static_cast<double>(sum)).c_str(),
             fuzz::show(v.total).c_str(), input.c_str());
}

void checkEntropy(double s) {
  const std::string input = fuzz::format("sigma %a", s);
  const auto nats = gaussianEntropy(s), bits = gaussianEntropy(s, Units::kBits);
  if (!(std::isfinite(s) && s > 0.0)) {
    fuzz::expectRefused(nats, "gaussianEntropy", input);
    fuzz::expectRefused(bits, "gaussianEntropy(bits)", input);
    return;
  }
  fuzz::expectAccepted(nats, "gaussianEntropy", input);
  const double h = nats.value();
  FUZZ_CHECK(bits.value() == inUnits(h, Units::kBits), "bits: %s",
             input.c_str());
  // 1/2 log(2 pi e) (rounded) + log sigma (1 ulp) + one addition: the
  // error is absolute, on the scale of the two terms (cancellation near
  // sigma = 0.242 is the input's).
  const long double pi = 3.141592653589793238462643383279502884L;
  const long double want = 0.5L * std::log(2.0L * pi * std::exp(1.0L)) +
                           std::log(static_cast<long double>(s));
  const double tolerance = 2 * kEps * (1.42 + std::fabs(std::log(s)));
  FUZZ_CHECK(fuzz::near(h, static_cast<double>(want), tolerance),
             "h(sigma) = %s, reference %s: %s", fuzz::show(h).c_str(),
             fuzz::show(static_cast<double>(want)).c_str(), input.c_str());
}

void checkQuadrature(double mu1, double s1, double mu2, double s2) {
  const std::string input =
      fuzz::format("mu1 %a sigma1 %a mu2 %a sigma2 %a", mu1, s1, mu2, s2);
  const auto q = gaussianKlByQuadrature(mu1, s1, mu2, s2);
  if (!validNormal(mu1, s1) || !validNormal(mu2, s2)) {
    fuzz::expectRefused(q, "gaussianKlByQuadrature", input);
    return;
  }
  fuzz::expectAccepted(q, "gaussianKlByQuadrature", input);
  const Quadrature& r = q.value();
  const double closed = gaussianKl(mu1, s1, mu2, s2).value();
  FUZZ_CHECK(!std::isnan(r.value) && !std::isnan(r.errorEstimate) &&
                 r.errorEstimate >= 0.0 && r.evaluations >= 0,
             "quadrature value %s, error estimate %s, %d evaluations: %s",
             fuzz::show(r.value).c_str(), fuzz::show(r.errorEstimate).c_str(),
             r.evaluations, input.c_str());
  // Independent of the closed form: they must agree within the quadrature's
  // own error estimate (QUADPACK's, which is pessimistic for smooth
  // integrands, and floored at the rounding level) and the closed form's
  // rounding.
  const double tolerance =
      r.errorEstimate + klTolerance(s1, s2) * closed + 4 * kTiny;
  FUZZ_CHECK(fuzz::near(r.value, closed, tolerance),
             "quadrature %s (estimate %s), closed form %s: %s",
             fuzz::show(r.value).c_str(), fuzz::show(r.errorEstimate).c_str(),
             fuzz::show(closed).c_str(), input.c_str());
  const auto bits = gaussianKlByQuadrature(mu1, s1, mu2, s2, Units::kBits);
  FUZZ_CHECK(bits.value().value == inUnits(r.value, Units::kBits), "bits: %s",
             input.c_str());
}

size_t points(fuzz::Bytes& in) {
  const uint8_t b = in.byte();
  if (b < 220) return b % 40;
  if (b < 250) return in.below(2000);
  return kMaxCurvePoints - 1 + in.below(3);
}

void checkDensityCurve(fuzz::Bytes& in, double mu, double s) {
  double lo = in.byte() % 4 == 0 ? fuzz::anyDouble(in, 1e3)
                                 : fuzz::between(in, -30.0, 30.0);
  double hi = in.byte() % 4 == 0 ? fuzz::anyDouble(in, 1e3)
                                 : fuzz::between(in, -30.0, 30.0);
  if (in.byte() & 1 && lo > hi) std::swap(lo, hi);
  const size_t n = points(in);
  const size_t m = in.byte() % 16 == 0 ? points(in) : n;
  std::vector<double> x(n), y(m);
  const std::string input =
      fuzz::format("mu %a sigma %a lo %a hi %a n %zu %zu", mu, s, lo, hi, n, m);
  const auto problem = gaussianDensityCurve(mu, s, lo, hi, x, y);
  const bool valid = validNormal(mu, s) && std::isfinite(lo) &&
                     std::isfinite(hi) && lo < hi && std::isfinite(hi - lo) &&
                     n == m && n >= kMinCurvePoints && n <= kMaxCurvePoints;
  if (!valid) {
    fuzz::expectRefused(problem, "gaussianDensityCurve", input);
    return;
  }
  fuzz::expectAccepted(problem, "gaussianDensityCurve", input);
  FUZZ_CHECK(x.front() == lo && x.back() == hi, "ends %a %a: %s", x.front(),
             x.back(), input.c_str());
  const long double pi = 3.141592653589793238462643383279502884L;
  const long double norm = 1.0L / (s * std::sqrt(2.0L * pi));
  for (size_t i = 0; i < n; ++i) {
    FUZZ_CHECK(x[i] >= lo && x[i] <= hi && (i == 0 || x[i] >= x[i - 1]),
               "x[%zu] = %a out of order or outside [lo, hi]: %s", i, x[i],
               input.c_str());
    const long double z = (static_cast<long double>(x[i]) - mu) / s;
    const long double want_ld = norm * std::exp(-0.5L * z * z);
    const double want =
        want_ld > DBL_MAX ? fuzz::kInf : static_cast<double>(want_ld);
    // (x - mu) / sigma carries ~eps relative, which exp(-z^2/2) turns into
    // z^2 eps; where the peak 1/(sigma sqrt(2 pi)) overflows (subnormal
    // sigma) the kernel goes through log sigma: |log sigma| eps more.
    const double zd = static_cast<double>(std::fabs(z));
    const double relative =
        (8.0 + 2.0 * std::min(zd * zd, 1e6) + 2.0 * std::fabs(std::log(s))) *
        kEps;
    // An exp(-z^2/2) below DBL_MIN is subnormal, rounded to an absolute
    // half step of kTiny, which the factor 1/(sigma sqrt(2 pi)) scales.
    const double absolute =
        4 * kTiny * std::max(1.0, static_cast<double>(norm));
    FUZZ_CHECK(
        y[i] >= 0.0 && fuzz::near(y[i], want, relative * want + absolute),
        "y[%zu] = %s at x = %a, reference %s: %s", i, fuzz::show(y[i]).c_str(),
        x[i], fuzz::show(want).c_str(), input.c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const uint8_t op = in.byte();
  const double mu1 = mean(in), s1 = sigma(in);
  double mu2 = mean(in), s2 = sigma(in);
  switch (in.byte() % 8) {  // the same normal, or nearly
    case 0:
      mu2 = mu1, s2 = s1;
      break;
    case 1:
      mu2 = mu1;
      s2 = std::nextafter(s1, in.byte() & 1 ? 0.0 : fuzz::kInf);
      break;
    case 2:
      s2 = s1;
      mu2 = std::nextafter(mu1, in.byte() & 1 ? -fuzz::kInf : fuzz::kInf);
      break;
    default:
      break;
  }
  checkKl(mu1, s1, mu2, s2);
  checkKl(mu2, s2, mu1, s1);
  checkVae(mu1, s1);
  checkEntropy(s1);
  if (op % 8 == 0) checkQuadrature(mu1, s1, mu2, s2);
  if (op % 8 == 1) checkDensityCurve(in, mu1, s1);
  return 0;
}
