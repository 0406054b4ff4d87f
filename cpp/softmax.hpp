// Softmax and the cross-entropy loss of a classifier, computed in log space
// so that logits as large as +-1e4 neither overflow nor give NaN.
#pragma once

#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// log softmax(z)_i = z_i - m - log1p(sum_{j != a} exp(z_j - m)), where m is
// the largest logit and a its (first) index. out.size() == logits.size().
// Checked: logits non-empty, every entry finite, at most kMaxCategories;
// messages name "logits[i]".
std::optional<InputError> logSoftmax(std::span<const double> logits,
                                     std::span<double> out);

// softmax(z) = exp(log softmax(z)), summing to 1 within a few ulps.
std::optional<InputError> softmax(std::span<const double> logits,
                                  std::span<double> out);

// The loss -log softmax(z)_k for true class k (0-based): the cross-entropy
// between the one-hot target and the model's prediction. Checked as above,
// and k < logits.size() ("k = 3 is outside [0, 2]").
Result<double> softmaxCrossEntropy(std::span<const double> logits, size_t k,
                                   Units units = Units::kNats);

// Its gradient with respect to the logits: softmax(z) - onehot(k) in nats
// per unit of logit, or that times log2(e) in bits per unit of logit (the
// gradient of the loss measured in bits).
std::optional<InputError> softmaxCrossEntropyGradient(
    std::span<const double> logits, size_t k, std::span<double> out,
    Units units = Units::kNats);

}  // namespace infotheory
