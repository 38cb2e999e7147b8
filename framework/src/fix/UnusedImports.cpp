#include "fix/UnusedImports.hpp"

#include <map>

#include "pyconv/PythonEdits.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

using Key = std::pair<std::string, std::string>;

// A binding is known by its name and the name of what it imports, not by the module it comes from:
// a fix that only retargets the module (`from ...utils import x` -> `from mindone.transformers.utils
// import x`) leaves the same import, which was used before when its original was.
Key keyOf(const Binding& b) { return {b.name, b.qualifiedName.substr(b.qualifiedName.rfind('.') + 1)}; }

}  // namespace

ImportUses usedImports(const SemanticModel& model) {
  ImportUses used;
  for (const Binding& b : model.bindings()) {
    if (b.kind == Binding::Kind::Import && !model.references(b).empty()) used.insert(keyOf(b));
  }
  return used;
}

std::vector<Edit> unusedImportRemovals(const SemanticModel& model, const ImportUses& before) {
  // Per import statement: how many imported items it has, and which of them are to go.
  std::map<uint32_t, std::pair<Node, std::vector<Node>>> doomed;
  for (const Binding& b : model.bindings()) {
    // Unused now is this binding's own question: a later import of the same name (torch's `nn`
    // replaced by MindSpore's) takes the uses, and the earlier one goes.
    if (b.kind != Binding::Kind::Import || !before.count(keyOf(b)) || !model.references(b).empty()) continue;
    auto& [statement, items] = doomed[b.statement.begin()];
    statement = b.statement;
    items.push_back(importedItem(b));
  }
  std::vector<Edit> edits;
  if (doomed.empty()) return edits;
  const std::string_view text = doomed.begin()->second.first.tree()->text();
  for (const auto& [offset, entry] : doomed) {
    const auto& [statement, items] = entry;
    uint32_t imported = 0;
    for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
      const Node child = statement.namedChild(i);
      if (child == statement.field(syntax::Field::ModuleName)) continue;
      if (child.is(syntax::Kind::DottedName) || child.is(syntax::Kind::AliasedImport)) ++imported;
    }
    std::vector<Edit> statementEdits = items.size() >= imported ? std::vector<Edit>{removeStatement(statement)} : removeArguments(items);
    for (Edit& e : statementEdits) {
      // An edit with only blank space between it and the previous one waits for the next round:
      // how a statement's removal treats the lines around it (blank lines, a block it empties)
      // depends on its neighbours, so neighbours go one after the other, as one round each did.
      if (!edits.empty() && (e.begin <= edits.back().end ||
                             text.substr(edits.back().end, e.begin - edits.back().end).find_first_not_of(" \t\r\n\f\\") ==
                                 std::string_view::npos)) {
        continue;
      }
      edits.push_back(std::move(e));
    }
  }
  return edits;
}

}  // namespace pyconv
