#include "SelfAttributes.hpp"

#include <pyconv/Query.hpp>

namespace pyconv::api_mapping {

Node enclosingClass(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.kind() == "class_definition") return n;
  }
  return {};
}

bool assignsCallResult(Node cls, std::string_view attribute, const SemanticModel& semantic,
                       const std::function<bool(std::string_view qualifiedName)>& accept) {
  static const auto query = Query::compile(
      "(assignment left: (attribute object: (identifier) @self attribute: (identifier) @attribute)"
      " right: (call function: (_) @function) (#eq? @self \"self\"))");
  bool found = false;
  query->forEachMatch(cls, [&](const QueryMatch& m) {
    // a nested class's own methods assign to their own `self`
    if (found || m.get("attribute").text() != attribute || enclosingClass(m.get("attribute")) != cls) return;
    const auto name = semantic.qualifiedName(m.get("function"));
    found = name && accept(*name);
  });
  return found;
}

}  // namespace pyconv::api_mapping
