// Entropy as expected surprise, drawn as areas: each outcome a bar of width
// p and height -log p (its area -p log p is its share of H(P)); under a model
// Q the height is -log q (area -p log q, its share of H(P, Q)); the area
// between the two is the outcome's term p log(p / q) of D(P || Q), which can
// be negative for one outcome though the sum never is. And the running
// averages of the surprise of a sequence of draws, which estimate H(P) and
// H(P, Q).
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// Columns of surpriseTerms' output, each P.size() long, in this order.
enum SurpriseColumn : size_t {
  kTermLeft = 0,       // left edge of the bar: p_0 + ... + p_{i-1}
  kTermP = 1,          // the width p_i
  kTermSurpriseP = 2,  // -log p_i (+infinity at p_i = 0)
  kTermEntropy = 3,    // -p_i log p_i (0 at p_i = 0)
  kTermSurpriseQ = 4,  // -log q_i (+infinity at q_i = 0)
  kTermCross = 5,      // -p_i log q_i (0 at p_i = 0; +infinity at q = 0 < p)
  kTermKl = 6,         // p_i log(p_i / q_i) (same conventions; may be < 0)
  kSurpriseColumns = 7,
};

// Per-outcome terms of H(P), H(P, Q) and D(P || Q), in `units`, written
// column by column into out (out.size() == kSurpriseColumns * P.size()):
// out[c * K + i] is column c of outcome i. Without Q (q empty) Q = P.
// Checked: P (and Q) distributions of equal length.
std::optional<InputError> surpriseTerms(std::span<const double> p,
                                        std::span<const double> q, Units units,
                                        std::span<double> out);

// Columns of runningSurprise's output, each outcomes.size() long.
enum RunningColumn : size_t {
  kRunSurpriseP = 0,   // -log P(x_t)
  kRunSurpriseQ = 1,   // -log Q(x_t) (+infinity where Q(x_t) = 0)
  kRunAverageP = 2,    // (1/t) sum_{s<=t} -log P(x_s): estimates H(P)
  kRunAverageQ = 3,    // (1/t) sum_{s<=t} -log Q(x_s): estimates H(P, Q)
  kRunAverageGap = 4,  // (1/t) sum_{s<=t} log(P(x_s) / Q(x_s)): the gap
                       // averageQ - averageP, which estimates D(P || Q)
  kRunningColumns = 5,
};

// The surprise of each draw x_t (category indices into P and Q, whole
// numbers) under P and under Q, and their running averages (compensated
// sums), in `units`, column by column: out[c * n + t]. Checked: P, Q
// distributions of equal length, every outcome a valid index with
// P(x_t) > 0 (a draw from P never lands where P is 0).
std::optional<InputError> runningSurprise(std::span<const double> p,
                                          std::span<const double> q,
                                          std::span<const double> outcomes,
                                          Units units, std::span<double> out);

}  // namespace infotheory
