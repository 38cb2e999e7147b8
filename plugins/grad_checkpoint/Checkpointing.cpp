#include "Checkpointing.hpp"

#include <pyconv/Query.hpp>

namespace pyconv::grad_checkpoint {

bool isCheckpointCall(Node call, const FileContext& file) {
  if (call.kind() != "call") return false;
  const Node function = call.field("function");
  if (function.kind() == "attribute" && function.field("attribute").text() == "_gradient_checkpointing_func") return true;
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
  if (condition.kind() == "attribute") return condition.field("attribute").text() == "gradient_checkpointing";
  for (uint32_t i = 0; i < condition.namedChildCount(); ++i) {
    if (testsGradientCheckpointing(condition.namedChild(i))) return true;
  }
  return false;
}

}  // namespace pyconv::grad_checkpoint
