#include "GradCheckpointImportCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Query.hpp>
#include <pyconv/Tree.hpp>

namespace pyconv::grad_checkpoint {
namespace {

// Whether any dotted chain in the file resolves under torch.utils.checkpoint.
bool usesCheckpointModule(const FileContext& file) {
  bool used = false;
  Query::compile("(attribute) @a")->forEachMatch(file.tree().root(), [&](const QueryMatch& m) {
    if (used || m.get("a").parent().is(syntax::Kind::Attribute)) return;
    const auto name = file.semantic().qualifiedName(m.get("a"));
    used = name && name->starts_with("torch.utils.checkpoint");
  });
  return used;
}

}  // namespace

CheckSpec GradCheckpointImportCheck::spec() {
  return {.name = "grad-checkpoint-import",
          .summary = "checkpoint-only imports go",
          .phase = CheckPhase::Prepare};
}

void GradCheckpointImportCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "[(import_statement (dotted_name) @module) (import_from_statement module_name: (dotted_name) @from)] @statement",
                  "checkpoint");
}

void GradCheckpointImportCheck::check(const MatchResult& result) {
  const Node statement = result.node("statement");
  const SemanticModel& semantic = result.file.semantic();
  if (const Node module = result.node("module")) {
    if (module.text() != "torch.utils.checkpoint" || statement.namedChildCount() != 1) return;
    if (usesCheckpointModule(result.file)) return;
    // `import torch.utils.checkpoint` also binds `torch`: another import must keep doing so.
    bool torchUsed = false, otherTorchImport = false;
    for (const Binding& b : semantic.bindings()) {
      if (b.name != "torch") continue;
      if (b.statement == statement) {
        torchUsed = !semantic.references(b).empty();
      } else if (b.kind == Binding::Kind::Import) {
        otherTorchImport = true;
      }
    }
    if (torchUsed && !otherTorchImport) return;
  } else {
    if (result.node("from").text() != "torch.utils.checkpoint") return;
    for (const Binding& b : semantic.bindings()) {
      if (b.statement == statement && !semantic.references(b).empty()) return;
    }
  }
  report(result.file, statement, "an import only gradient checkpointing needed",
         Fix{"remove the import", Applicability::Safe, {removeStatement(statement)}, {}});
}

}  // namespace pyconv::grad_checkpoint
