#include "TorchReferences.hpp"

namespace pyconv::api_mapping {

const char* const kTorchHeadQuery = R"q(((identifier) @head (#pyconv-qualname-match? @head "^torch(\\.|$)")))q";

std::optional<TorchUse> torchUse(Node head, const SemanticModel& semantic) {
  return packageUse(head, semantic, "torch");
}

std::optional<TorchUse> packageUse(Node head, const SemanticModel& semantic, std::string_view package) {
  const Node parent = head.parent();
  if (parent.kind() == "attribute" && parent.field("attribute") == head) return std::nullopt;  // a member name
  for (Node n = parent; n; n = n.parent()) {
    const auto kind = n.kind();
    if (kind == "import_statement" || kind == "import_from_statement") return std::nullopt;
    if (kind.ends_with("statement") || kind == "block" || kind == "module") break;
  }
  Node chain = head;
  while (chain.parent().kind() == "attribute" && chain.parent().field("object") == chain) chain = chain.parent();
  auto name = semantic.qualifiedName(chain);
  if (!name || !(*name == package || (name->starts_with(package) && (*name)[package.size()] == '.'))) return std::nullopt;
  return TorchUse{chain, std::move(*name)};
}

}  // namespace pyconv::api_mapping
