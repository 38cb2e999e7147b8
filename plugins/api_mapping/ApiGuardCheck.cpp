#include "ApiGuardCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

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
  Fix fix{"drop the guard from the condition", Applicability::Safe, {replaceExpression(condition, text)}, {}};
  if (losesComment(condition, text)) fix.applicability = Applicability::Unsafe;
  report(file, condition, "a torch-backend guard in the condition is false under MindSpore: it is dropped", removing(std::move(fix)));
}

}  // namespace pyconv::api_mapping
