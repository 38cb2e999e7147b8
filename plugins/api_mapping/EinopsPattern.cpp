#include "EinopsPattern.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace pyconv::api_mapping {
namespace {

using Groups = std::vector<std::vector<std::string>>;  // each axis group: its elementary names

// "b (h d) n" -> {{b}, {h, d}, {n}}; nullopt (and a reason) for what this translation does not take.
std::optional<Groups> parseSide(std::string_view side, std::string& reason) {
  Groups groups;
  bool inGroup = false;
  std::size_t i = 0;
  while (i < side.size()) {
    const char c = side[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '(') {
      if (inGroup) return reason = "nested parentheses", std::nullopt;
      inGroup = true;
      groups.emplace_back();
      ++i;
    } else if (c == ')') {
      if (!inGroup) return reason = "an unmatched ')'", std::nullopt;
      inGroup = false;
      ++i;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      std::size_t end = i;
      while (end < side.size() && (std::isalnum(static_cast<unsigned char>(side[end])) || side[end] == '_')) ++end;
      std::string name(side.substr(i, end - i));
      if (inGroup) groups.back().push_back(std::move(name));
      else groups.push_back({std::move(name)});
      i = end;
    } else {
      return reason = std::string("'") + c + "' (ellipsis, numbers and anonymous axes are not translated)", std::nullopt;
    }
  }
  if (inGroup) return reason = "an unclosed '('", std::nullopt;
  return groups;
}

std::vector<std::string> flatten(const Groups& groups) {
  std::vector<std::string> names;
  for (const auto& g : groups) names.insert(names.end(), g.begin(), g.end());
  return names;
}

std::string joinTuple(const std::vector<std::string>& items) {
  std::string text = "(";
  for (std::size_t i = 0; i < items.size(); ++i) text += (i ? ", " : "") + items[i];
  return text + (items.size() == 1 ? ",)" : ")");
}

// A size as an operand of `*`: computed sizes (`x.shape[1] // h`) get parentheses.
std::string operand(const std::string& size) {
  return size.find(' ') == std::string::npos ? size : "(" + size + ")";
}

std::string product(const std::vector<std::string>& factors) {
  if (factors.empty()) return "1";
  std::string text;
  for (std::size_t i = 0; i < factors.size(); ++i) text += (i ? " * " : "") + operand(factors[i]);
  return text;
}

}  // namespace

EinopsTranslation translateEinops(const EinopsCall& call) {
  std::string reason;
  const auto arrow = call.pattern.find("->");
  if (arrow == std::string::npos || call.pattern.find("->", arrow + 2) != std::string::npos) {
    return {std::nullopt, "the pattern needs exactly one '->'"};
  }
  const auto left = parseSide(std::string_view(call.pattern).substr(0, arrow), reason);
  if (!left) return {std::nullopt, reason};
  const auto right = parseSide(std::string_view(call.pattern).substr(arrow + 2), reason);
  if (!right) return {std::nullopt, reason};
  const std::vector<std::string> inputs = flatten(*left), outputs = flatten(*right);
  const std::set<std::string> inputSet(inputs.begin(), inputs.end()), outputSet(outputs.begin(), outputs.end());
  if (inputSet.size() != inputs.size() || outputSet.size() != outputs.size()) return {std::nullopt, "an axis named twice"};
  for (const auto& name : inputs) {
    if (!outputSet.count(name)) return {std::nullopt, "axis '" + name + "' disappears (a reduction)"};
  }
  for (const auto& name : outputs) {
    if (inputSet.count(name)) continue;
    if (!call.repeat) return {std::nullopt, "axis '" + name + "' appears only on the right"};
    if (!call.sizes.count(name)) return {std::nullopt, "new axis '" + name + "' has no size"};
  }
  for (const auto& [name, size] : call.sizes) {
    if (!inputSet.count(name) && !outputSet.count(name)) return {std::nullopt, "size given for unknown axis '" + name + "'"};
  }

  // Every axis's size as an expression: a keyword size, the input's dimension, or the dimension
  // divided by the other sizes of its group (one unknown per group).
  std::map<std::string, std::string> size = call.sizes;
  for (std::size_t i = 0; i < left->size(); ++i) {
    const auto& group = (*left)[i];
    const std::string dimension = call.tensor + ".shape[" + std::to_string(i) + "]";
    if (group.empty()) return {std::nullopt, "an empty group on the left"};
    std::vector<std::string> unknown, known;
    for (const auto& name : group) (size.count(name) ? known : unknown).push_back(name);
    if (unknown.size() > 1) return {std::nullopt, "group (" + group.front() + " ...) has more than one axis of unknown size"};
    if (unknown.size() == 1) {
      std::vector<std::string> factors;
      for (const auto& k : known) factors.push_back(size.at(k));
      size[unknown.front()] = known.empty() ? dimension : dimension + " // " + operand(product(factors));
    }
  }

  std::string expression = call.tensor;
  const bool splits = std::any_of(left->begin(), left->end(), [](const auto& g) { return g.size() != 1; });
  if (splits) {
    std::vector<std::string> shape;
    for (const auto& name : inputs) shape.push_back(size.at(name));
    expression += ".reshape(" + joinTuple(shape) + ")";
  }
  // The input axes in the order the output wants them.
  std::vector<std::string> kept;
  for (const auto& name : outputs) {
    if (inputSet.count(name)) kept.push_back(name);
  }
  std::vector<std::string> permutation;
  bool identity = true;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const auto at = static_cast<std::size_t>(std::find(inputs.begin(), inputs.end(), kept[i]) - inputs.begin());
    identity = identity && at == i;
    permutation.push_back(std::to_string(at));
  }
  if (!identity) expression += ".permute" + joinTuple(permutation);
  // New axes (repeat): size 1 in place, then broadcast.
  if (kept.size() != outputs.size()) {
    std::vector<std::string> withOnes, full;
    for (const auto& name : outputs) {
      withOnes.push_back(inputSet.count(name) ? size.at(name) : "1");
      full.push_back(size.at(name));
    }
    expression += ".reshape(" + joinTuple(withOnes) + ").broadcast_to(" + joinTuple(full) + ")";
  }
  const bool merges = std::any_of(right->begin(), right->end(), [](const auto& g) { return g.size() != 1; });
  if (merges) {
    std::vector<std::string> shape;
    for (const auto& group : *right) {
      std::vector<std::string> factors;
      for (const auto& name : group) factors.push_back(size.at(name));
      shape.push_back(group.size() == 1 ? factors.front() : product(factors));
    }
    expression += ".reshape(" + joinTuple(shape) + ")";
  }
  return {expression, ""};
}

}  // namespace pyconv::api_mapping
