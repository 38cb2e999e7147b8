#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {

bool certainlyNotTensor(Node receiver, const SemanticModel& semantic) {
  if (receiver.kind() != "identifier") return false;
  if (receiver.text() == "self" || receiver.text() == "cls") return true;
  const Binding* binding = semantic.resolve(receiver);
  return binding != nullptr && (binding->kind == Binding::Kind::Import || binding->kind == Binding::Kind::Definition);
}

}  // namespace pyconv::api_mapping
