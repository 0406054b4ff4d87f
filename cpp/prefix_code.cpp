#include "prefix_code.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>
#include <string>
#include <utility>

#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The binary number in `code` plus one, in place; false if it overflows
// (every codeword of this length is taken: Kraft's sum would exceed 1).
bool increment(std::string& code) {
  for (size_t i = code.size(); i-- > 0;) {
    if (code[i] == '0') {
      code[i] = '1';
      return true;
    }
    code[i] = '0';
  }
  return false;
}

}  // namespace

double shannonLength(double q) {
  if (q <= 0.0) return kInf;
  if (q >= 1.0) return 0.0;
  int e = 0;
  std::frexp(q, &e);
  return static_cast<double>(1 - e);
}

Result<PrefixCode> shannonCode(std::span<const double> q) {
  if (auto problem = checkDistribution(q, "Q")) return *problem;
  PrefixCode code;
  const size_t k = q.size();
  code.lengths.resize(k);
  code.codewords.resize(k);
  for (size_t i = 0; i < k; ++i) code.lengths[i] = shannonLength(q[i]);
  // Canonical assignment: by length, then by index; each codeword is the
  // previous one plus one, shifted left by the growth in length.
  std::vector<size_t> order(k);
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return code.lengths[a] < code.lengths[b];
  });
  std::string next;  // the next free codeword of the current length
  bool first = true;
  NeumaierSum kraft;
  for (size_t i : order) {
    const double length = code.lengths[i];
    if (std::isinf(length)) continue;
    const auto digits = static_cast<size_t>(length);
    if (!first && !increment(next)) {
      return InputError{
          "Q's code lengths have a Kraft sum above 1: Q sums to more than 1 "
          "by more than its shortest codeword allows"};
    }
    next.resize(digits, '0');
    first = false;
    code.codewords[i] = next;
    kraft.add(std::ldexp(1.0, -static_cast<int>(digits)));
  }
  code.kraftSum = kraft.value();
  return code;
}

std::optional<InputError> huffmanLengths(std::span<const double> q,
                                         std::span<double> lengths) {
  if (auto problem = checkDistribution(q, "Q")) return problem;
  if (lengths.size() != q.size()) {
    return InputError{"lengths and Q have different lengths"};
  }
  // Nodes: the leaves 0..k-1, then one per merge. A node's parent gives
  // the depth of each leaf at the end.
  const size_t k = q.size();
  std::vector<size_t> parent;
  parent.reserve(2 * k);
  using Node = std::pair<double, size_t>;  // (weight, id): ties by id
  std::priority_queue<Node, std::vector<Node>, std::greater<>> heap;
  for (size_t i = 0; i < k; ++i) {
    parent.push_back(i);
    if (q[i] > 0.0) heap.push({q[i], i});
  }
  if (heap.size() == 1) {
    // One symbol with mass: a single codeword of one digit would be
    // wasted; it needs none.
    for (size_t i = 0; i < k; ++i) lengths[i] = q[i] > 0.0 ? 0.0 : kInf;
    return std::nullopt;
  }
  while (heap.size() > 1) {
    const Node a = heap.top();
    heap.pop();
    const Node b = heap.top();
    heap.pop();
    const size_t id = parent.size();
    parent.push_back(id);
    parent[a.second] = id;
    parent[b.second] = id;
    heap.push({a.first + b.first, id});
  }
  for (size_t i = 0; i < k; ++i) {
    if (!(q[i] > 0.0)) {
      lengths[i] = kInf;
      continue;
    }
    double depth = 0.0;
    for (size_t n = i; parent[n] != n; n = parent[n]) depth += 1.0;
    lengths[i] = depth;
  }
  return std::nullopt;
}

Result<double> averageCodeLength(std::span<const double> p,
                                 std::span<const double> lengths) {
  if (auto problem = checkDistribution(p, "P")) return *problem;
  if (lengths.size() != p.size()) {
    return InputError{"P and lengths have different lengths (" +
                      std::to_string(p.size()) + " and " +
                      std::to_string(lengths.size()) +
                      "); they must be over the same symbols"};
  }
  NeumaierSum sum;
  for (size_t i = 0; i < p.size(); ++i) {
    const double l = lengths[i];
    if (std::isnan(l) || l < 0.0) {
      return InputError{"lengths[" + std::to_string(i) +
                        "] must be a number of digits >= 0"};
    }
    if (p[i] == 0.0) continue;
    if (std::isinf(l)) return kInf;
    sum.add(p[i] * l);
  }
  return sum.value();
}

}  // namespace infotheory
