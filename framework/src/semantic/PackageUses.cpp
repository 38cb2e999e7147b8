#include "pyconv/PackageUses.hpp"

#include "pyconv/Semantic.hpp"

namespace pyconv {

std::optional<PackageUse> packageUse(Node head, const SemanticModel& semantic, std::string_view package) {
  const Node parent = head.parent();
  if (parent.is(syntax::Kind::Attribute) && parent.field(syntax::Field::Attribute) == head) return std::nullopt;  // a member name
  for (Node n = parent; n; n = n.parent()) {
    const auto kind = n.kind();
    if (kind == "import_statement" || kind == "import_from_statement") return std::nullopt;
    if (kind.ends_with("statement") || kind == "block" || kind == "module") break;
  }
  Node chain = head;
  while (chain.parent().is(syntax::Kind::Attribute) && chain.parent().field(syntax::Field::Object) == chain) chain = chain.parent();
  auto name = semantic.qualifiedName(chain);
  if (!name || !(*name == package || (name->starts_with(package) && (*name)[package.size()] == '.'))) return std::nullopt;
  return PackageUse{chain, std::move(*name)};
}

bool inAnnotation(const PackageUse& use) {
  for (Node n = use.chain.parent(); n && !n.kind().ends_with("statement") && n.syntaxKind() != syntax::Kind::Block; n = n.parent()) {
    if (n.is(syntax::Kind::Type)) return true;
  }
  return false;
}

}  // namespace pyconv
