#include "ApiGuardCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include <variant>

namespace pyconv::api_mapping {
namespace {

// Whether a call is a guard that is false under MindSpore.
std::optional<bool> guardAtom(Node e, const SemanticModel& semantic) {
  if (e.kind() != "call") return std::nullopt;
  const auto name = semantic.qualifiedName(e.field("function"));
  if (!name) return std::nullopt;
  const std::string last = name->substr(name->rfind('.') + 1);
  const bool torchBackendGuard = (last.starts_with("is_torch_") && last.ends_with("_available")) ||
                                 last == "is_torchdynamo_compiling" || last == "is_torch_fx_proxy";
  const bool torchQuery = *name == "torch.jit.is_tracing" || *name == "torch.jit.is_scripting" ||
                          *name == "torch.compiler.is_compiling" || *name == "torch._dynamo.is_compiling";
  if (torchBackendGuard || torchQuery) return false;
  return std::nullopt;
}

// A condition with its guards folded: a known value, or the text left (the original text where
// nothing inside changed, so comments and line breaks survive). `A and not is_tracing()` -> `A`.
// Dropping a side of `and`/`or` never needs new parentheses: an `or` inside an `and` or a `not`
// is already parenthesized, and parentheses are kept.
using Folded = std::variant<bool, std::string>;

Folded fold(Node e, const SemanticModel& semantic) {
  const std::string original(e.text());
  if (const auto known = guardAtom(e, semantic)) return *known;
  if (e.kind() == "parenthesized_expression" && e.namedChildCount() == 1) {
    const Folded inner = fold(e.namedChild(0), semantic);
    if (const bool* b = std::get_if<bool>(&inner)) return *b;
    return std::get<std::string>(inner) == e.namedChild(0).text() ? original : "(" + std::get<std::string>(inner) + ")";
  }
  if (e.kind() == "not_operator") {
    const Node operand = e.field("argument");
    const Folded inner = fold(operand, semantic);
    if (const bool* b = std::get_if<bool>(&inner)) return !*b;
    return std::get<std::string>(inner) == operand.text() ? original : "not " + std::get<std::string>(inner);
  }
  if (e.kind() == "boolean_operator") {
    const Node left = e.field("left"), right = e.field("right");
    const bool isAnd = e.field("operator").text() == "and";
    const Folded l = fold(left, semantic), r = fold(right, semantic);
    // `and`: a false side decides, a true side is dropped; `or` the other way round.
    for (const Folded* side : {&l, &r}) {
      if (const bool* b = std::get_if<bool>(side); b && *b != isAnd) return *b;
    }
    if (std::holds_alternative<bool>(l)) return r;
    if (std::holds_alternative<bool>(r)) return l;
    const auto& lt = std::get<std::string>(l);
    const auto& rt = std::get<std::string>(r);
    if (lt == left.text() && rt == right.text()) return original;
    return lt + (isAnd ? " and " : " or ") + rt;
  }
  return original;
}

// Whether rewriting `e` to `replacement` loses one of its comments. (dropsForeignComment is about
// removed code owning its comments; here the code a comment annotates may stay.)
bool losesComment(Node e, std::string_view replacement) {
  for (const Node child : e.namedChildren()) {
    if (child.kind() == "comment" ? replacement.find(child.text()) == std::string_view::npos
                                  : losesComment(child, replacement)) {
      return true;
    }
  }
  return false;
}

}  // namespace

void ApiGuardCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "[(if_statement condition: (_) @condition) (conditional_expression) @ternary] @branch", "is_");
}

void ApiGuardCheck::check(const MatchResult& result) {
  const Node branch = result.node("branch");
  const bool ternary = branch.kind() == "conditional_expression";
  const Node condition = ternary ? branch.namedChild(1) : result.node("condition");
  if (condition.text().find("is_") == std::string_view::npos) return;
  const SemanticModel& semantic = result.file.semantic();
  const auto value = evaluateCondition(condition, [&](Node atom) { return guardAtom(atom, semantic); });
  if (!value) return simplifyInPlace(result.file, condition);
  Fix fix{"keep the branch MindSpore takes", Applicability::Safe,
          {ternary ? replaceExpression(branch, branch.namedChild(*value ? 0 : 2).text()) : keepBranch(branch, *value)}, {}};
  if (dropsForeignComment(branch, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, condition, std::string("a torch-backend guard: always ") + (*value ? "true" : "false") +
                                     " under MindSpore, only that path is kept", std::move(fix));
}

// A condition whose value stays unknown still loses its guards: `A and not is_tracing()` -> `A`.
void ApiGuardCheck::simplifyInPlace(FileContext& file, Node condition) const {
  const Folded folded = fold(condition, file.semantic());
  const auto* text = std::get_if<std::string>(&folded);
  if (text == nullptr || *text == condition.text()) return;
  Fix fix{"drop the guard from the condition", Applicability::Safe, {replaceExpression(condition, *text)}, {}};
  if (losesComment(condition, *text)) fix.applicability = Applicability::Unsafe;
  report(file, condition, "a torch-backend guard in the condition is false under MindSpore: it is dropped", std::move(fix));
}

}  // namespace pyconv::api_mapping
