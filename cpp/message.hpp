// A short message drawn from P and what it costs to send: for the coding
// panel, which encodes one sample message with P's own code and with Q's.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "result.hpp"

namespace infotheory {

// Most symbols one message may have.
inline constexpr size_t kMaxMessageSymbols = 10000;

// Draws symbols.size() symbols from P, independently, with the seeded
// generator of random.hpp (the same seed gives the same message everywhere):
// symbols[t] is a category index in 0..k-1 with P > 0. Checked: P a
// distribution, 1..kMaxMessageSymbols symbols.
std::optional<InputError> sampleMessage(std::span<const double> p,
                                        uint64_t seed,
                                        std::span<double> symbols);

// The message's length in binary digits with a code of `lengths`: the sum
// of its symbols' lengths; +infinity if a symbol has no codeword (length
// +infinity). Checked: lengths >= 0 (or +infinity), each symbol a whole
// number indexing lengths.
Result<double> messageLength(std::span<const double> lengths,
                             std::span<const double> symbols);

}  // namespace infotheory
