#include "GradCheckpointCallCheck.hpp"

#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include "Checkpointing.hpp"

namespace pyconv::grad_checkpoint {

CheckSpec GradCheckpointCallCheck::spec() {
  return {.name = "grad-checkpoint-call",
          .summary = "checkpoint calls outside such a branch raise",
          .phase = CheckPhase::Prepare};
}

void GradCheckpointCallCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(call) @call", "checkpoint");
}

void GradCheckpointCallCheck::check(const MatchResult& result) {
  const Node call = result.node("call");
  if (!isCheckpointCall(call, result.file)) return;
  for (Node n = call.parent(); n; n = n.parent()) {
    const auto kind = n.syntaxKind();
    if ((kind == syntax::Kind::IfStatement || kind == syntax::Kind::ElifClause) && testsGradientCheckpointing(n.field(syntax::Field::Condition))) return;
    if (kind == syntax::Kind::FunctionDefinition || kind == syntax::Kind::ClassDefinition) break;
  }
  const Node statement = enclosingStatement(call);
  if (!statement) return;
  const Edit edit = replaceExpression(statement, kRaise);
  Fix fix{"raise NotImplementedError", Applicability::Safe, {edit}, {}};
  if (dropsForeignComment(call, edit)) fix.applicability = Applicability::Unsafe;
  report(result.file, call, "gradient checkpointing is not supported in MindSpore this way", removing(std::move(fix)));
}

}  // namespace pyconv::grad_checkpoint
