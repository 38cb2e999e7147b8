#include "parity/ModelClasses.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

struct ClassInfo {
  std::string name;
  std::vector<std::string> bases;  // last dotted segment of each positional base
  Node body;
};

// Top-level class statements (decorated or not), in file order.
std::vector<ClassInfo> topLevelClasses(const Tree& tree) {
  std::vector<ClassInfo> classes;
  for (Node statement : tree.root().namedChildren()) {
    Node cls = statement.is(syntax::Kind::DecoratedDefinition) ? statement.field(syntax::Field::Definition) : statement;
    if (cls.syntaxKind() != syntax::Kind::ClassDefinition) continue;
    ClassInfo info{std::string(cls.field(syntax::Field::Name).text()), {}, cls.field(syntax::Field::Body)};
    if (Node bases = cls.field(syntax::Field::Superclasses)) {
      for (Node base : bases.namedChildren()) {
        if (base.is(syntax::Kind::Identifier)) info.bases.emplace_back(base.text());
        if (base.is(syntax::Kind::Attribute)) info.bases.emplace_back(base.field(syntax::Field::Attribute).text());
      }
    }
    classes.push_back(std::move(info));
  }
  return classes;
}

// `config_class = X` or the annotation `config: X` in a class body.
std::string configClassOf(Node body) {
  if (!body) return {};
  for (Node statement : body.namedChildren()) {
    if (statement.syntaxKind() != syntax::Kind::ExpressionStatement || statement.namedChildCount() == 0) continue;
    Node assignment = statement.namedChild(0);
    if (assignment.syntaxKind() != syntax::Kind::Assignment) continue;
    const std::string_view left = assignment.field(syntax::Field::Left).text();
    Node value = left == "config_class" ? assignment.field(syntax::Field::Right) : left == "config" ? assignment.field(syntax::Field::Type) : Node();
    if (value && value.is(syntax::Kind::Type) && value.namedChildCount() == 1) value = value.namedChild(0);
    if (value && value.is(syntax::Kind::Identifier)) return std::string(value.text());
  }
  return {};
}

bool derivesFrom(const ClassInfo& cls, const std::set<std::string>& names) {
  return std::any_of(cls.bases.begin(), cls.bases.end(), [&](const std::string& b) { return names.count(b) > 0; });
}

}  // namespace

std::vector<ModelFamily> findModelFamilies(const Tree& tree) {
  const std::vector<ClassInfo> classes = topLevelClasses(tree);
  std::vector<ModelFamily> families;
  for (const ClassInfo& root : classes) {
    if (std::find(root.bases.begin(), root.bases.end(), "PreTrainedModel") == root.bases.end()) continue;
    ModelFamily family{root.name, configClassOf(root.body), std::nullopt, {}};
    // Classes deriving from the root directly or through another model class of the file;
    // a class is defined before its subclasses, so one pass in file order sees every chain.
    std::set<std::string> family_names{root.name};
    std::vector<std::string> members;
    for (const ClassInfo& cls : classes) {
      if (cls.name == root.name || !derivesFrom(cls, family_names)) continue;
      family_names.insert(cls.name);
      members.push_back(cls.name);
    }
    std::string bare = root.name;
    if (const auto at = bare.find("PreTrained"); at != std::string::npos) bare.erase(at, std::string("PreTrained").size());
    for (const auto& name : members) {
      if (name == bare && !family.baseModel) family.baseModel = name;
      else family.heads.push_back(name);
    }
    if (!members.empty()) families.push_back(std::move(family));
  }
  return families;
}

std::optional<std::string> transformersModuleFor(std::string_view path) {
  const std::filesystem::path file(path);
  if (file.extension() != ".py") return std::nullopt;
  const auto folder = file.parent_path();
  if (folder.parent_path().filename() != "models" || folder.filename().empty()) return std::nullopt;
  return "transformers.models." + folder.filename().string() + "." + file.stem().string();
}

}  // namespace pyconv
