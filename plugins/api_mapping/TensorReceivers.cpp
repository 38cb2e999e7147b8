#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {

bool certainlyNotTensor(Node receiver, const SemanticModel& semantic) {
  if (receiver.kind() != "identifier") return false;
  if (receiver.text() == "self" || receiver.text() == "cls") return true;
  const Binding* binding = semantic.resolve(receiver);
  return binding != nullptr && (binding->kind == Binding::Kind::Import || binding->kind == Binding::Kind::Definition);
}

std::string tensorMethodCallQuery(std::string_view method) {
  return "(call function: (attribute object: (_) @receiver attribute: (identifier) @method (#eq? @method \"" +
         std::string(method) + "\")) arguments: (argument_list) @args) @call";
}

}  // namespace pyconv::api_mapping
