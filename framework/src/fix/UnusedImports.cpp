#include "fix/UnusedImports.hpp"

#include <map>

#include "pyconv/PythonEdits.hpp"

namespace pyconv {
namespace {

using Key = std::pair<std::string, std::string>;

Key keyOf(const Binding& b) { return {b.name, b.qualifiedName}; }

}  // namespace

ImportUses usedImports(const SemanticModel& model) {
  ImportUses used;
  for (const Binding& b : model.bindings()) {
    if (b.kind == Binding::Kind::Import && !model.references(b).empty()) used.insert(keyOf(b));
  }
  return used;
}

std::optional<Edit> nextUnusedImportRemoval(const SemanticModel& model, const ImportUses& before) {
  const ImportUses now = usedImports(model);
  // Per import statement: how many imported items it has, and which of them are to go.
  std::map<uint32_t, std::pair<Node, std::vector<Node>>> doomed;
  for (const Binding& b : model.bindings()) {
    if (b.kind != Binding::Kind::Import || !before.count(keyOf(b)) || now.count(keyOf(b))) continue;
    auto& [statement, items] = doomed[b.statement.begin()];
    statement = b.statement;
    items.push_back(importedItem(b));
  }
  for (const auto& [offset, entry] : doomed) {
    const auto& [statement, items] = entry;
    uint32_t imported = 0;
    for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
      const Node child = statement.namedChild(i);
      if (child == statement.field("module_name")) continue;
      if (child.kind() == "dotted_name" || child.kind() == "aliased_import") ++imported;
    }
    if (items.size() >= imported) return removeStatement(statement);
    return removeArgument(items.front());
  }
  return std::nullopt;
}

}  // namespace pyconv
