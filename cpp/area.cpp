#include "area.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "kl_divergence.hpp"
#include "summation.hpp"
#include "surprise.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::optional<InputError> checkOut(std::span<double> out, size_t expected) {
  if (out.size() != expected) {
    return InputError{"out has " + std::to_string(out.size()) +
                      " entries, not " + std::to_string(expected)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<InputError> surpriseTerms(std::span<const double> p,
                                        std::span<const double> q, Units units,
                                        std::span<double> out) {
  if (q.empty()) {
    if (auto problem = checkDistribution(p, "P")) return problem;
    q = p;
  } else if (auto problem = checkPair(p, "P", q, "Q")) {
    return problem;
  }
  const size_t k = p.size();
  if (auto problem = checkOut(out, kSurpriseColumns * k)) return problem;
  const auto column = [&](SurpriseColumn c) {
    return out.subspan(static_cast<size_t>(c) * k, k);
  };
  auto left = column(kTermLeft), width = column(kTermP),
       surpriseP = column(kTermSurpriseP), entropy = column(kTermEntropy),
       surpriseQ = column(kTermSurpriseQ), cross = column(kTermCross),
       kl = column(kTermKl);
  NeumaierSum edge;
  for (size_t i = 0; i < k; ++i) {
    const double pi = p[i], qi = q[i];
    left[i] = edge.value();
    edge.add(pi);
    width[i] = pi;
    surpriseP[i] = inUnits(surpriseNats(pi), units);
    surpriseQ[i] = inUnits(surpriseNats(qi), units);
    if (pi == 0.0) {
      // 0 log 0 = 0, and a bar of width 0 has area 0 whatever its height.
      entropy[i] = 0.0;
      cross[i] = 0.0;
      kl[i] = 0.0;
    } else {
      entropy[i] = inUnits(pi * surpriseNats(pi), units);
      cross[i] = qi == 0.0 ? kInfinity : inUnits(pi * surpriseNats(qi), units);
      kl[i] = qi == 0.0 ? kInfinity : inUnits(klTerm(pi, qi), units);
    }
  }
  return std::nullopt;
}

std::optional<InputError> runningSurprise(std::span<const double> p,
                                          std::span<const double> q,
                                          std::span<const double> outcomes,
                                          Units units, std::span<double> out) {
  if (auto problem = checkPair(p, "P", q, "Q")) return problem;
  const size_t n = outcomes.size();
  if (auto problem = checkOut(out, kRunningColumns * n)) return problem;
  for (size_t t = 0; t < n; ++t) {
    const double x = outcomes[t];
    const std::string label = "outcomes[" + std::to_string(t) + "] = ";
    if (!(x >= 0.0 && x < static_cast<double>(p.size())) ||
        x != std::floor(x)) {
      return InputError{label + formatNumber(x) +
                        " is not a category index in [0, " +
                        std::to_string(p.size() - 1) + "]"};
    }
    if (p[static_cast<size_t>(x)] == 0.0) {
      return InputError{label + formatNumber(x) +
                        " is a category where P is 0; a draw from P "
                        "never lands there"};
    }
  }
  const auto column = [&](RunningColumn c) {
    return out.subspan(static_cast<size_t>(c) * n, n);
  };
  auto surpriseP = column(kRunSurpriseP), surpriseQ = column(kRunSurpriseQ),
       averageP = column(kRunAverageP), averageQ = column(kRunAverageQ),
       gap = column(kRunAverageGap);
  NeumaierSum sumP, sumQ, sumGap;
  bool impossible = false;  // a draw where Q = 0: the average is +infinity
  for (size_t t = 0; t < n; ++t) {
    const auto x = static_cast<size_t>(outcomes[t]);
    const double sp = surpriseNats(p[x]);
    const double sq = surpriseNats(q[x]);
    sumP.add(sp);
    if (q[x] == 0.0) {
      impossible = true;
    } else {
      sumQ.add(sq);
      // log(p / q) = -log q - (-log p): the draw's term of the k1 estimate.
      sumGap.add(sq - sp);
    }
    const double count = static_cast<double>(t + 1);
    surpriseP[t] = inUnits(sp, units);
    surpriseQ[t] = inUnits(sq, units);
    averageP[t] = inUnits(sumP.value() / count, units);
    averageQ[t] = impossible ? kInfinity : inUnits(sumQ.value() / count, units);
    gap[t] = impossible ? kInfinity : inUnits(sumGap.value() / count, units);
  }
  return std::nullopt;
}

}  // namespace infotheory
