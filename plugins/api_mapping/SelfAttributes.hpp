#pragma once
// What a class's methods assign to `self.<attribute>`, for checks that need the kind of object an
// attribute holds (a ModuleList, a sub-model from the Auto classes).
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pyconv::api_mapping {

// One pass's index of `self.<attribute> = <callee>(...)` assignments per class: each class is
// read once however many of its uses a check asks about. A check owns one and clears it in
// onStartOfPass (the tree changes between passes).
class SelfAttributes {
 public:
  void clear() { byClass_.clear(); }

  // Whether a method of `cls` assigns `self.<attribute> = <callee>(...)` with `accept` true for
  // what the callee denotes through the imports.
  bool assignsCallResult(Node cls, std::string_view attribute, const SemanticModel& semantic,
                         const std::function<bool(std::string_view qualifiedName)>& accept);

 private:
  // class start -> (attribute, what its callee denotes; empty when not through an import)
  std::map<uint32_t, std::vector<std::pair<std::string, std::string>>> byClass_;
};

}  // namespace pyconv::api_mapping
