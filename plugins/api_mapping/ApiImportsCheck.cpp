#include "ApiImportsCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Tree.hpp>

#include <algorithm>
#include <functional>
#include <string>

#include "ImportTable.hpp"

namespace pyconv::api_mapping {
namespace {

constexpr std::string_view kRoot = "transformers.";

std::string importedName(Node item) {
  return std::string(item.is(syntax::Kind::AliasedImport) ? item.field(syntax::Field::Name).text() : item.text());
}

// The identifier an imported item binds (its alias, or its name).
Node boundName(Node item) { return item.is(syntax::Kind::AliasedImport) ? item.field(syntax::Field::Alias) : item; }

// Edits removing every decorator that uses `item`'s binding; false if some use is not a decorator.
bool decoratorRemovals(Node item, const SemanticModel& semantic, std::vector<Edit>& edits) {
  const Node name = boundName(item);
  const Binding* binding = semantic.bindingAt(name);
  for (const Node use : binding ? semantic.references(*binding) : std::vector<Node>{}) {
    Node decorator = use.parent();
    if (decorator.is(syntax::Kind::Call)) decorator = decorator.parent();
    if (decorator.syntaxKind() != syntax::Kind::Decorator) return false;
    edits.push_back(removeLines(decorator));
  }
  return true;
}

}  // namespace

CheckSpec ApiImportsCheck::spec() {
  return {.name = "api-imports",
          .summary = "each transformers name from mindone (relative) or transformers (absolute), per the name catalog",
          .phase = CheckPhase::Rewrite,
          .options = {{.name = "AbsoluteImports",
                       .kind = OptionKind::Flag,
                       .defaultValue = "false",
                       .summary = "import mindone by name (`from mindone.transformers.X import ...`) instead of relatively"}}};
}

void ApiImportsCheck::registerMatchers(MatchFinder& finder) {
  absolute_ = flagOption("AbsoluteImports");
  finder.addQuery(*this, "(import_from_statement module_name: (relative_import) @module) @statement", "from .");
  finder.addQuery(*this, "(import_from_statement module_name: (dotted_name) @absolute) @statement",
                  {"mindone.transformers", "from transformers."});
}

// `from mindone.transformers.X import n` (written by this check with AbsoluteImports, or by hand):
// a name mindone does not export stays listed for a person after the conversion too.
void ApiImportsCheck::checkMindoneImport(const MatchResult& result) {
  static constexpr std::string_view kMindone = "mindone.transformers.";
  const std::string_view module = result.node("absolute").text();
  if (!module.starts_with(kMindone)) return;
  const std::string path(module.substr(kMindone.size()));
  const Node statement = result.node("statement");
  for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
    const Node item = statement.namedChild(i);
    if (item == result.node("absolute") || (item.syntaxKind() != syntax::Kind::DottedName && item.syntaxKind() != syntax::Kind::AliasedImport)) continue;
    const auto exported = ImportTable::builtin().mindoneExports(path, importedName(item));
    if (exported && !*exported) {
      report(result.file, item, "'" + importedName(item) + "' is not provided by mindone.transformers." + path + "; port it by hand");
    }
  }
}

void ApiImportsCheck::check(const MatchResult& result) {
  const Node absolute = result.node("absolute");
  if (absolute && !absolute.text().starts_with(kRoot)) return checkMindoneImport(result);
  const std::string package = packageOfPath(result.file.source().path(), runOption("PackageAnchor"));
  const bool inTransformers = package.starts_with(kRoot);
  if (absolute) {
    const std::string_view module = absolute.text();
    // `from transformers.activations import ACT2FN`, as some modeling files (and user code) write
    // it: the same module as `from ...activations import ACT2FN`, so the same names move.
    const std::string path(module.substr(kRoot.size()));
    // mindone's module, absolute, or relative from this file when it sits in the transformers tree.
    const std::string up(inTransformers && !absolute_ ? std::count(package.begin(), package.end(), '.') + 1 : 0, '.');
    return convertImport(result, absolute, path, inTransformers ? package : "",
                         [up](const std::string& mindoneModule) {
                           return up.empty() ? "mindone.transformers." + mindoneModule : up + mindoneModule;
                         });
  }
  if (!inTransformers) return;  // a relative import outside the transformers package: not ours
  const Node moduleNode = result.node("module");
  const std::string_view relative = moduleNode.text();
  const std::size_t dots = relative.find_first_not_of('.');
  std::string base = package;
  for (std::size_t i = 1; i < (dots == std::string_view::npos ? relative.size() : dots); ++i) base = base.substr(0, base.rfind('.'));
  const std::string rest(dots == std::string_view::npos ? "" : relative.substr(dots));
  const std::string full = rest.empty() ? base : base + "." + rest;
  if (!full.starts_with(kRoot)) return;
  const std::string path = full.substr(kRoot.size());
  convertImport(result, moduleNode, path, package, [&](const std::string& mindoneModule) -> std::string {
    if (absolute_) return "mindone.transformers." + mindoneModule;
    if (mindoneModule == path) return "";  // stays as written
    const std::string parent = path.size() > rest.size() ? path.substr(0, path.size() - rest.size()) : "";
    return std::string(relative.substr(0, dots)) +
           (mindoneModule.starts_with(parent) ? mindoneModule.substr(parent.size()) : mindoneModule);
  });
}

void ApiImportsCheck::convertImport(const MatchResult& result, Node moduleNode, const std::string& path,
                                    const std::string& package,
                                    const std::function<std::string(const std::string&)>& newModuleFor) {
  const Node statement = result.node("statement");
  // A sibling module of the same model (not its configuration) is converted alongside this file:
  // the import stays as it is.
  const std::string own = package.empty() ? std::string() : package.substr(kRoot.size()) + ".";
  if (!own.empty() && path.starts_with(own) && path.find(".configuration_") == std::string::npos) return;
  const ImportTable& table = ImportTable::builtin();
  if (!table.knows(path)) return;

  const SemanticModel& semantic = result.file.semantic();
  std::vector<Node> kept, moved, dropped;
  bool mayUseTorch = false;  // a moved name from transformers' utils that mindone lacks
  std::string mindoneModule = path;
  std::vector<Edit> decoratorEdits;
  for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
    const Node item = statement.namedChild(i);
    if (item == moduleNode || (item.syntaxKind() != syntax::Kind::DottedName && item.syntaxKind() != syntax::Kind::AliasedImport)) continue;
    const ImportSource* source = table.find(path, importedName(item));
    if (source == nullptr) {
      report(result.file, item, "'" + importedName(item) + "' is provided neither by mindone.transformers." + path +
                                    " nor, framework-neutral, by transformers." + path + "; port it by hand");
      continue;
    }
    switch (source->provider) {
      case ImportSource::Provider::Mindone:
        kept.push_back(item);
        mindoneModule = source->mindoneModule;
        break;
      case ImportSource::Provider::Transformers: moved.push_back(item); break;
      case ImportSource::Provider::TransformersUtils:
        moved.push_back(item);
        mayUseTorch = true;
        report(result.file, item, "'" + importedName(item) + "' is not provided by mindone.transformers." + path +
                                      "; it comes from transformers." + path + ", and may use torch when called");
        break;
      case ImportSource::Provider::Drop:
        if (decoratorRemovals(item, semantic, decoratorEdits)) {
          dropped.push_back(item);
        } else {
          report(result.file, item, "'" + importedName(item) + "' is a decorator mindone lacks, used here other than as a decorator");
        }
        break;
    }
  }
  // Names that stay with transformers, in a statement that already imports from transformers and
  // keeps nothing of mindone's: the statement is right as it is.
  if (kept.empty() && moduleNode.text().starts_with(kRoot)) moved.clear();
  Fix fix{"import each name from where MindSpore code gets it", mayUseTorch ? Applicability::Unsafe : Applicability::Safe,
          decoratorEdits, {}};
  std::string movedText;
  for (const Node item : moved) movedText += (movedText.empty() ? "" : ", ") + std::string(item.text());
  const std::string movedStatement = movedText.empty() ? "" : "from transformers." + path + " import " + movedText;
  const std::string_view text = statement.tree()->text();
  if (kept.empty() && (!moved.empty() || !dropped.empty())) {
    fix.edits.push_back(moved.empty() ? removeStatement(statement) : Edit{statement.begin(), statement.end(), movedStatement});
  } else if (!moved.empty() || !dropped.empty()) {
    std::vector<Node> gone = moved;
    gone.insert(gone.end(), dropped.begin(), dropped.end());
    for (const Edit& e : removeArguments(gone)) fix.edits.push_back(e);
    if (!moved.empty()) {
      const uint32_t at = afterLineOf(text, statement.end());
      const uint32_t lineStart = lineStartOf(text, statement.begin());
      fix.edits.push_back(Edit{at, at, std::string(text.substr(lineStart, statement.begin() - lineStart)) + movedStatement + "\n"});
    }
  }
  // The module itself: mindone's name for it, relative or absolute as the caller says.
  if (!kept.empty()) {
    const std::string newModule = newModuleFor(mindoneModule);
    if (!newModule.empty() && newModule != moduleNode.text()) fix.edits.push_back(Edit{moduleNode.begin(), moduleNode.end(), newModule});
  }
  if (fix.edits.empty()) return;
  std::sort(fix.edits.begin(), fix.edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  for (const Edit& e : fix.edits) {
    if (dropsForeignComment(statement, e)) fix.applicability = Applicability::Unsafe;
  }
  std::string message = "imports from '" + path + "'";
  if (!moved.empty()) message += "; " + movedText + " from transformers." + path;
  if (!dropped.empty()) message += "; decorators mindone lacks are dropped";
  if (!kept.empty() && mindoneModule != path) message += "; mindone calls the module " + mindoneModule;
  if (!kept.empty() && moduleNode.text().starts_with(kRoot)) message += "; mindone's own from mindone.transformers";
  report(result.file, statement, message, std::move(fix));
}

}  // namespace pyconv::api_mapping
