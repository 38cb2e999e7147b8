#include "ApiGuardCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include "BackendProbes.hpp"

namespace pyconv::api_mapping {
namespace {

// Whether a call is a guard that is false under MindSpore.
std::optional<bool> guardAtom(Node e, const SemanticModel& semantic) {
  if (e.syntaxKind() != syntax::Kind::Call) return std::nullopt;
  const auto name = semantic.qualifiedName(e.field(syntax::Field::Function));
  if (name && isBackendProbe(*name)) return false;
  return std::nullopt;
}

// The largest expression around `call` made of it with `not`, `and`, `or` and parentheses.
Node booleanContext(Node call) {
  Node e = call;
  for (Node parent = e.parent(); parent; parent = e.parent()) {
    const auto kind = parent.syntaxKind();
    if (kind != syntax::Kind::NotOperator && kind != syntax::Kind::BooleanOperator && kind != syntax::Kind::ParenthesizedExpression) break;
    e = parent;
  }
  return e;
}

// Whether `e` is the condition of an `if` statement or of a conditional expression: the
// branch rule folds those whole.
bool isBranchCondition(Node e) {
  const Node parent = e.parent();
  if (!parent) return false;
  if (parent.is(syntax::Kind::IfStatement)) return parent.field(syntax::Field::Condition) == e;
  return parent.is(syntax::Kind::ConditionalExpression) && parent.namedChildCount() == 3 && parent.namedChild(1) == e;
}

}  // namespace

CheckSpec ApiGuardCheck::spec() {
  return {.name = "api-guard",
          .summary = "torch-backend guards (`is_torch_flex_attn_available()`, `is_deepspeed_zero3_enabled()`, `torch.jit.is_tracing()`) keep the branch MindSpore takes; elsewhere they are `False`",
          .phase = CheckPhase::Rewrite};
}

void ApiGuardCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "[(if_statement condition: (_) @condition) (conditional_expression) @ternary] @branch", "is_");
  // Probes elsewhere (an assignment, an argument, a `while`): all but one are named `is_...`.
  finder.addQuery(*this, "(call function: (identifier) @probe) @call", {"is_", "flash_attn_supports_top_left_mask"});
}

void ApiGuardCheck::check(const MatchResult& result) {
  if (result.node("call")) return checkProbeValue(result);
  const Node branch = result.node("branch");
  const bool ternary = branch.is(syntax::Kind::ConditionalExpression);
  const Node condition = ternary ? branch.namedChild(1) : result.node("condition");
  if (condition.text().find("is_") == std::string_view::npos) return;
  const SemanticModel& semantic = result.file.semantic();
  const FoldedCondition folded = foldCondition(condition, [&](Node atom) { return guardAtom(atom, semantic); });
  if (const auto* text = std::get_if<std::string>(&folded)) return simplifyInPlace(result.file, condition, *text);
  const bool value = std::get<bool>(folded);
  Fix fix{"keep the branch MindSpore takes", Applicability::Safe,
          {ternary ? replaceExpression(branch, branch.namedChild(value ? 0 : 2).text()) : keepBranch(branch, value)}, {}};
  if (dropsForeignComment(branch, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, condition, std::string("a torch-backend guard: always ") + (value ? "true" : "false") +
                                     " under MindSpore, only that path is kept", removing(std::move(fix)));
}

// A condition whose value stays unknown still loses its guards: `A and not is_tracing()` -> `A`.
void ApiGuardCheck::simplifyInPlace(FileContext& file, Node condition, const std::string& text) const {
  if (text == condition.text()) return;
  // The folded text is pieces of the condition as written, continuation lines indented already.
  Fix fix{"drop the guard from the condition", Applicability::Safe, {Edit{condition.begin(), condition.end(), text}}, {}};
  if (losesComment(condition, text)) fix.applicability = Applicability::Unsafe;
  report(file, condition, "a torch-backend guard in the condition is false under MindSpore: it is dropped", removing(std::move(fix)));
}

// A probe outside a branch condition: the boolean expression around it folds to its value, or
// loses the probe (`synced = is_deepspeed_zero3_enabled() or other` -> `synced = other`).
void ApiGuardCheck::checkProbeValue(const MatchResult& result) const {
  const Node call = result.node("call");
  const SemanticModel& semantic = result.file.semantic();
  if (!guardAtom(call, semantic)) return;
  const Node context = booleanContext(call);
  if (isBranchCondition(context)) return;  // the branch rule folds the whole branch
  const FoldedCondition folded = foldCondition(context, [&](Node atom) { return guardAtom(atom, semantic); });
  if (const auto* text = std::get_if<std::string>(&folded)) return simplifyInPlace(result.file, context, *text);
  const Node clause = context.parent();
  if (!std::get<bool>(folded) && clause.is(syntax::Kind::ElifClause) && clause.field(syntax::Field::Condition) == context) {
    return dropElif(result.file, call, clause);
  }
  const std::string value = std::get<bool>(folded) ? "True" : "False";
  Fix fix{"use the value MindSpore gives", Applicability::Safe, {replaceExpression(context, value)}, {}};
  if (losesComment(context, value)) fix.applicability = Applicability::Unsafe;
  report(result.file, call, "a torch-backend probe: " + value + " under MindSpore", removing(std::move(fix)));
}

// An `elif` whose condition is false under MindSpore goes with its lines (the chain around it stays).
void ApiGuardCheck::dropElif(FileContext& file, Node probe, Node clause) const {
  const std::string_view text = clause.tree()->text();
  const uint32_t begin = lineStartOf(text, clause.begin());
  const uint32_t end = afterLineOf(text, clause.end());
  Fix fix{"drop the branch MindSpore never takes", Applicability::Safe, {Edit{begin, end, ""}}, {}};
  if (dropsForeignComment(clause, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(file, probe, "a torch-backend guard: always false under MindSpore, the elif branch is dropped", removing(std::move(fix)));
}

}  // namespace pyconv::api_mapping
