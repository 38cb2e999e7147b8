#include "SelfAttributes.hpp"

#include <pyconv/PythonEdits.hpp>
#include <pyconv/Query.hpp>

#include <algorithm>

namespace pyconv::api_mapping {

bool SelfAttributes::assignsCallResult(Node cls, std::string_view attribute, const SemanticModel& semantic,
                                       const std::function<bool(std::string_view qualifiedName)>& accept) {
  static const auto query = Query::compile(
      "(assignment left: (attribute object: (identifier) @self attribute: (identifier) @attribute)"
      " right: (call function: (_) @function) (#eq? @self \"self\"))");
  auto [it, fresh] = byClass_.try_emplace(cls.begin());
  if (fresh) {
    query->forEachMatch(cls, [&](const QueryMatch& m) {
      // a nested class's own methods assign to their own `self`
      if (enclosingOfKind(m.get("attribute"), "class_definition") != cls) return;
      it->second.emplace_back(m.get("attribute").text(), semantic.qualifiedName(m.get("function")).value_or(""));
    });
  }
  return std::any_of(it->second.begin(), it->second.end(), [&](const auto& assigned) {
    return assigned.first == attribute && !assigned.second.empty() && accept(assigned.second);
  });
}

}  // namespace pyconv::api_mapping
