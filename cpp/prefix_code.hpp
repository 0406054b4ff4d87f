// A prefix code built from a model Q, as the reading's coding picture means
// it: symbol i gets a codeword of ceil(-log2 q_i) binary digits (Shannon's
// code), so its length is the ideal -log2 q_i rounded up. Codewords are
// assigned canonically (shortest first), which is possible because the
// lengths satisfy Kraft's inequality sum 2^-l_i <= sum q_i = 1.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "result.hpp"

namespace infotheory {

struct PrefixCode {
  // Binary digits per symbol; +infinity where q_i = 0 (no codeword).
  std::vector<double> lengths;
  // The codewords as strings of '0' and '1'; empty where q_i = 0.
  std::vector<std::string> codewords;
  // sum over symbols with a codeword of 2^-length (at most 1).
  double kraftSum = 0.0;
};

// ceil(-log2 q) for 0 < q <= 1, exactly: q = m 2^e with m in [0.5, 1)
// (frexp) gives -log2 q in (-e, 1 - e], so the ceiling is 1 - e; q = 1
// gives 0 digits (a one-symbol code needs none).
double shannonLength(double q);

// Shannon's code for Q. Checked: Q a distribution (validate.hpp).
Result<PrefixCode> shannonCode(std::span<const double> q);

// Huffman's code lengths for Q (an optimal prefix code: no other prefix code
// has a smaller average length under Q); +infinity where q_i = 0. Ties are
// broken by symbol index, so the result is the same everywhere. Checked: Q a
// distribution; lengths.size() == q.size().
std::optional<InputError> huffmanLengths(std::span<const double> q,
                                         std::span<double> lengths);

// The average length sum p_i l_i of a code with `lengths` when symbols come
// from P, compensated; 0 * infinity = 0 (a symbol P never sends costs
// nothing), and +infinity where P sends a symbol without a codeword.
// Checked: P a distribution, lengths the same size, each >= 0 or +infinity.
Result<double> averageCodeLength(std::span<const double> p,
                                 std::span<const double> lengths);

}  // namespace infotheory
