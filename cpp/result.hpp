// A value or the reason the input was refused. Kernels never throw: the wasm
// build has no exception support, and an error must reach JS as a message.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace infotheory {

// Why an input was refused, in words that name the argument (and the index).
struct InputError {
  std::string message;
};

template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}           // NOLINT: implicit
  Result(InputError error) : state_(std::move(error)) {}  // NOLINT: implicit

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  const std::string& error() const {
    return std::get<InputError>(state_).message;
  }

 private:
  std::variant<T, InputError> state_;
};

}  // namespace infotheory
