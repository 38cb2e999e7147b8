#include "Checkpointing.hpp"

#include <pyconv/Query.hpp>

namespace pyconv::grad_checkpoint {

bool isCheckpointCall(Node call, const FileContext& file) {
  if (call.syntaxKind() != syntax::Kind::Call) return false;
  const Node function = call.field(syntax::Field::Function);
  if (function.is(syntax::Kind::Attribute) && function.field(syntax::Field::Attribute).text() == "_gradient_checkpointing_func") return true;
  const auto name = file.semantic().qualifiedName(function);
  return name && (*name == "torch.utils.checkpoint.checkpoint" || *name == "torch.utils.checkpoint.checkpoint_sequential");
}

bool containsCheckpointCall(Node node, const FileContext& file) {
  bool found = false;
  Query::compile("(call) @call")->forEachMatch(node, [&](const QueryMatch& m) {
    found = found || isCheckpointCall(m.get("call"), file);
  });
  return found;
}

bool testsGradientCheckpointing(Node condition) {
  if (condition.is(syntax::Kind::Attribute)) return condition.field(syntax::Field::Attribute).text() == "gradient_checkpointing";
  for (uint32_t i = 0; i < condition.namedChildCount(); ++i) {
    if (testsGradientCheckpointing(condition.namedChild(i))) return true;
  }
  return false;
}

}  // namespace pyconv::grad_checkpoint
