#include "ApiUnusedTorchImportCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include <algorithm>

namespace pyconv::api_mapping {
namespace {

bool isTorch(const std::string& qualified) { return qualified == "torch" || qualified.starts_with("torch."); }

// Under `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`): for type checkers, which also read strings.
bool forTypeCheckersOnly(Node statement) {
  for (Node n = statement.parent(); n; n = n.parent()) {
    if (n.is(syntax::Kind::IfStatement) && n.field(syntax::Field::Condition).text().find("TYPE_CHECKING") != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// The names a module's top-level `__all__ = [...]` (or `+=`) lists: it may re-export them.
std::vector<std::string> exportedNames(Node root) {
  std::vector<std::string> names;
  for (const Node statement : root.namedChildren()) {  // one walk: indexing the root is linear per index
    if (statement.syntaxKind() != syntax::Kind::ExpressionStatement) continue;
    const Node assignment = statement.namedChild(0);
    if ((assignment.syntaxKind() != syntax::Kind::Assignment && assignment.syntaxKind() != syntax::Kind::AugmentedAssignment) ||
        assignment.field(syntax::Field::Left).text() != "__all__") {
      continue;
    }
    std::vector<Node> stack{assignment.field(syntax::Field::Right)};
    while (!stack.empty()) {
      const Node n = stack.back();
      stack.pop_back();
      if (!n) continue;
      if (const auto literal = plainStringLiteral(n)) {
        names.emplace_back(*literal);
        continue;
      }
      for (uint32_t j = 0; j < n.namedChildCount(); ++j) stack.push_back(n.namedChild(j));
    }
  }
  return names;
}

}  // namespace

CheckSpec ApiUnusedTorchImportCheck::spec() {
  return {.name = "api-unused-torch-import",
          .summary = "removes torch imports nothing uses (unused from the start or after conversion); Safe",
          .phase = CheckPhase::Rewrite};
}

void ApiUnusedTorchImportCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "[(import_statement) (import_from_statement)] @import", "torch");
}

void ApiUnusedTorchImportCheck::onStartOfPass(FileContext&) {
  fixedOne_ = false;
  index_.reset();
}

const ApiUnusedTorchImportCheck::PassIndex& ApiUnusedTorchImportCheck::indexFor(FileContext& file) {
  if (index_) return *index_;
  const SemanticModel& semantic = file.semantic();
  PassIndex& index = index_.emplace();
  for (const Binding& b : semantic.bindings()) {
    if (b.kind != Binding::Kind::Import) continue;
    index.importsByStatement[b.statement.begin()].push_back(&b);
    if (!semantic.references(b).empty()) index.usedImportNames.emplace(b.name, b.scope);
  }
  index.exported = exportedNames(file.tree().root());
  return index;
}

void ApiUnusedTorchImportCheck::check(const MatchResult& result) {
  const Node statement = result.node("import");
  if (forTypeCheckersOnly(statement)) return;
  const SemanticModel& semantic = result.file.semantic();
  const PassIndex& index = indexFor(result.file);
  std::vector<const Binding*> made;
  if (const auto found = index.importsByStatement.find(statement.begin()); found != index.importsByStatement.end()) {
    made = found->second;  // no two statements start at one byte
  }
  // `import torch` and `import torch.utils.checkpoint` both bind `torch`; uses resolve to one of
  // them, but the second also loads the submodule they reach. Such plain imports go only when no
  // import of the same name in the scope is used.
  auto used = [&](const Binding& b) {
    if (!semantic.references(b).empty()) return true;
    if (b.statement.syntaxKind() != syntax::Kind::ImportStatement || importedItem(b).is(syntax::Kind::AliasedImport)) return false;
    return index.usedImportNames.count({b.name, b.scope}) > 0;
  };
  const auto& exported = index.exported;
  std::vector<Node> unused;
  std::string names;
  for (const Binding* b : made) {
    if (!isTorch(b->qualifiedName) || used(*b) ||
        std::find(exported.begin(), exported.end(), b->name) != exported.end()) {
      continue;
    }
    unused.push_back(importedItem(*b));
    names += (names.empty() ? "'" : ", '") + b->name + "'";
  }
  if (unused.empty()) return;
  if (fixedOne_) return report(result.file, unused.front(), "torch import " + names + " is not used");
  fixedOne_ = true;
  Fix fix{"remove the unused torch import", Applicability::Safe, {}, {}};
  fix.removal = true;
  if (unused.size() == made.size()) {
    fix.edits.push_back(removeStatement(statement));
  } else {
    fix.edits = removeArguments(unused);
  }
  report(result.file, unused.front(), "torch import " + names + " is not used", std::move(fix));
}

}  // namespace pyconv::api_mapping
