#pragma once
// What a class's methods assign to `self.<attribute>`, for checks that need the kind of object an
// attribute holds (a ModuleList, a sub-model from the Auto classes).
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include <functional>
#include <string_view>

namespace pyconv::api_mapping {

// The innermost class definition around `node`, or a null node.
Node enclosingClass(Node node);

// Whether a method of `cls` assigns `self.<attribute> = <callee>(...)` with `accept` true for what
// the callee denotes through the imports.
bool assignsCallResult(Node cls, std::string_view attribute, const SemanticModel& semantic,
                       const std::function<bool(std::string_view qualifiedName)>& accept);

}  // namespace pyconv::api_mapping
