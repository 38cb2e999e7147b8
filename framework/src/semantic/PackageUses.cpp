#include "pyconv/PackageUses.hpp"

#include "pyconv/Semantic.hpp"

namespace pyconv {

std::optional<PackageUse> packageUse(Node head, const SemanticModel& semantic, std::string_view package) {
  // A member name (`x.cuda`) is asked first, from the parent alone: most identifiers in a chain of
  // calls are members, and the walk below would make each of them cost the chain's depth.
  const Node parent = head.parent();
  if (parent.is(syntax::Kind::Attribute) && parent.field(syntax::Field::Attribute) == head) return std::nullopt;
  // One walk up to the enclosing statement (every parent() is a descent from the root): it refuses
  // names inside imports and, while the ancestors are attributes of it, grows the dotted chain.
  Node chain = head;
  bool growing = true;
  for (Node n = parent; n; n = n.parent()) {
    const auto kind = n.syntaxKind();
    if (kind == syntax::Kind::ImportStatement || kind == syntax::Kind::ImportFromStatement) return std::nullopt;
    growing = growing && kind == syntax::Kind::Attribute && n.field(syntax::Field::Object) == chain;
    if (growing) chain = n;
    if (kind == syntax::Kind::Block || kind == syntax::Kind::Module || n.kind().ends_with("statement")) break;
  }
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
