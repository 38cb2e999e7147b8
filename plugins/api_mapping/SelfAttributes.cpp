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
  // No structured binding: clang 14 (the sanitizer build) cannot capture one in a lambda.
  const auto emplaced = byClass_.try_emplace(cls.begin());
  auto& assignments = emplaced.first->second;
  if (emplaced.second) {
    query->forEachMatch(cls, [&](const QueryMatch& m) {
      // a nested class's own methods assign to their own `self`
      if (enclosingOfKind(m.get("attribute"), syntax::Kind::ClassDefinition) != cls) return;
      assignments.emplace_back(m.get("attribute").text(), semantic.qualifiedName(m.get("function")).value_or(""));
    });
  }
  return std::any_of(assignments.begin(), assignments.end(), [&](const auto& assigned) {
    return assigned.first == attribute && !assigned.second.empty() && accept(assigned.second);
  });
}

}  // namespace pyconv::api_mapping
