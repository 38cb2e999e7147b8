#include "TensorReceivers.hpp"

#include <algorithm>

namespace pyconv::api_mapping {

namespace {

bool boundToModuleOrDefinition(Node receiver, const SemanticModel& semantic) {
  if (receiver.syntaxKind() != syntax::Kind::Identifier) return false;
  const Binding* binding = semantic.resolve(receiver);
  return binding != nullptr && (binding->kind == Binding::Kind::Import || binding->kind == Binding::Kind::Definition);
}

}  // namespace

bool certainlyNotTensor(Node receiver, const SemanticModel& semantic) {
  if (receiver.is(syntax::Kind::Identifier) && (receiver.text() == "self" || receiver.text() == "cls")) return true;
  // A literal is never a tensor ("text".split(), [1, 2].index(...)).
  static constexpr std::string_view kLiterals[] = {"string", "concatenated_string", "integer", "float", "true", "false",
                                                   "none", "list", "tuple", "dictionary", "set", "list_comprehension",
                                                   "dictionary_comprehension", "set_comprehension"};
  if (std::find(std::begin(kLiterals), std::end(kLiterals), receiver.kind()) != std::end(kLiterals)) return true;
  return boundToModuleOrDefinition(receiver, semantic);
}

bool certainlyNotInstance(Node receiver, const SemanticModel& semantic) {
  return semantic.qualifiedName(receiver).has_value() || boundToModuleOrDefinition(receiver, semantic);
}

std::optional<Edit> sizeAsTuple(const std::vector<Node>& positional) {
  if (positional.empty() || (positional.size() == 1 && positional.front().syntaxKind() != syntax::Kind::ListSplat)) return std::nullopt;
  const std::string& text = positional.front().tree()->text();
  const uint32_t begin = positional.front().begin(), end = positional.back().end();
  const std::string sizes = text.substr(begin, end - begin);
  return Edit{begin, end, positional.size() == 1 ? "(" + sizes + ",)" : "(" + sizes + ")"};
}

std::string argumentsText(Node args) {
  const std::string_view text = args.text();
  return std::string(text.substr(1, text.size() - 2));
}

std::string tensorMethodCallQuery(std::string_view method) {
  return "(call function: (attribute object: (_) @receiver attribute: (identifier) @method (#eq? @method \"" +
         std::string(method) + "\")) arguments: (argument_list) @args) @call";
}

}  // namespace pyconv::api_mapping
