#include "pyconv/PackageUses.hpp"

#include "pyconv/Semantic.hpp"

#include <vector>

namespace pyconv {

std::optional<PackageUse> packageUse(Node head, const SemanticModel& semantic, std::string_view package) {
  // The ancestors up to the enclosing statement, found once: every parent() is a descent from the
  // root, and both questions below walk the same ones.
  std::vector<Node> ancestors;
  for (Node n = head.parent(); n; n = n.parent()) {
    const auto kind = n.syntaxKind();
    if (kind == syntax::Kind::ImportStatement || kind == syntax::Kind::ImportFromStatement) return std::nullopt;
    ancestors.push_back(n);
    if (kind == syntax::Kind::Block || kind == syntax::Kind::Module || n.kind().ends_with("statement")) break;
  }
  if (!ancestors.empty() && ancestors.front().is(syntax::Kind::Attribute) &&
      ancestors.front().field(syntax::Field::Attribute) == head) {
    return std::nullopt;  // a member name
  }
  Node chain = head;
  for (const Node& parent : ancestors) {
    if (!parent.is(syntax::Kind::Attribute) || !(parent.field(syntax::Field::Object) == chain)) break;
    chain = parent;
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
