// Folding boolean conditions whose atoms a check can decide (availability probes, device tests):
// the reduced expression, with the parts it keeps spliced from the original text.
#include "pyconv/PythonEdits.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "pyconv/Tree.hpp"

namespace pyconv {

namespace {

// `whole`'s text with the text of its parts replaced (parts in order, inside `whole`): what lies
// between them, comments and line breaks included, stays as written.
std::string spliced(Node whole, const std::vector<std::pair<Node, std::string>>& parts) {
  const std::string_view text = whole.text();
  std::string out;
  uint32_t at = whole.begin();
  for (const auto& [part, replacement] : parts) {
    out += text.substr(at - whole.begin(), part.begin() - at);
    out += replacement;
    at = part.end();
  }
  out += text.substr(at - whole.begin());
  return out;
}

// The one expression inside parentheses, comments aside; a null node when there is not exactly one.
Node soleExpression(Node parenthesized) {
  Node sole;
  for (const Node child : parenthesized.namedChildren()) {
    if (child.is(syntax::Kind::Comment)) continue;
    if (sole) return Node{};
    sole = child;
  }
  return sole;
}

}  // namespace

FoldedCondition foldCondition(Node e, const std::function<std::optional<bool>(Node)>& atom) {
  const auto kind = e.syntaxKind();
  std::string original(e.text());
  if (kind == syntax::Kind::ParenthesizedExpression) {
    if (const Node inner = soleExpression(e)) {
      FoldedCondition folded = foldCondition(inner, atom);
      if (const auto* text = std::get_if<std::string>(&folded); text && *text != inner.text()) {
        return spliced(e, {{inner, *text}});
      }
      return std::holds_alternative<bool>(folded) ? folded : FoldedCondition(std::move(original));
    }
  }
  if (kind == syntax::Kind::NotOperator) {
    const Node operand = e.field(syntax::Field::Argument);
    const FoldedCondition folded = foldCondition(operand, atom);
    if (const bool* value = std::get_if<bool>(&folded)) return !*value;
    const auto& text = std::get<std::string>(folded);
    return text == operand.text() ? std::move(original) : "not " + text;
  }
  if (kind == syntax::Kind::BooleanOperator) {
    const Node left = e.field(syntax::Field::Left), right = e.field(syntax::Field::Right);
    const bool isAnd = e.field(syntax::Field::Operator).kind() == "and";  // not child(1): a comment may sit before the operator
    FoldedCondition l = foldCondition(left, atom), r = foldCondition(right, atom);
    // `and`: a false side decides, a true side is dropped; `or` the other way round.
    for (const FoldedCondition* side : {&l, &r}) {
      if (const bool* value = std::get_if<bool>(side); value && *value != isAnd) return *value;
    }
    if (std::holds_alternative<bool>(l)) return r;
    if (std::holds_alternative<bool>(r)) return l;
    const auto &lt = std::get<std::string>(l), &rt = std::get<std::string>(r);
    if (lt == left.text() && rt == right.text()) return original;
    return spliced(e, {{left, lt}, {right, rt}});
  }
  if (const auto value = atom(e)) return *value;
  return original;
}

std::optional<bool> evaluateCondition(Node condition, const std::function<std::optional<bool>(Node)>& atom) {
  const FoldedCondition folded = foldCondition(condition, atom);
  if (const bool* value = std::get_if<bool>(&folded)) return *value;
  return std::nullopt;
}

}  // namespace pyconv
