#include "pyconv/SyntaxPredicates.hpp"

namespace pyconv {

namespace {

bool isBlockLike(std::string_view kind) { return kind == "block" || kind == "module"; }

}  // namespace

Node enclosingStatement(Node node) {
  for (Node n = node; !n.isNull(); n = n.parent()) {
    const Node parent = n.parent();
    if (!parent.isNull() && isBlockLike(parent.kind())) return n;
  }
  return {};
}

Node enclosingOfKind(Node node, std::string_view kind) {
  for (Node n = node.parent(); !n.isNull(); n = n.parent()) {
    if (n.kind() == kind) return n;
  }
  return {};
}

bool isPlainReference(Node node) {
  if (node.kind() == "identifier") return true;
  return node.kind() == "attribute" && isPlainReference(node.field("object"));
}

std::optional<std::string_view> plainStringLiteral(Node node) {
  if (node.kind() != "string" || node.namedChildCount() != 3) return std::nullopt;
  if (node.namedChild(0).text().find_first_of("fFbB") != std::string_view::npos) return std::nullopt;
  const Node content = node.namedChild(1);
  if (content.kind() != "string_content" || content.namedChildCount() != 0) return std::nullopt;
  return content.text();
}

Node keywordArgument(Node argumentList, std::string_view name) {
  for (uint32_t i = 0; i < argumentList.namedChildCount(); ++i) {
    const Node argument = argumentList.namedChild(i);
    if (argument.kind() == "keyword_argument" && argument.field("name").text() == name) return argument;
  }
  return {};
}

bool isStringStatement(Node statement) {
  return statement.kind() == "expression_statement" && statement.namedChild(0).kind() == "string";
}

bool isDocstring(Node statement) {
  if (!isStringStatement(statement)) return false;
  const Node parent = statement.parent();
  const bool body = parent.kind() == "module" ||
                    (parent.kind() == "block" && (parent.parent().kind() == "class_definition" ||
                                                  parent.parent().kind() == "function_definition"));
  if (!body) return false;
  for (Node child : parent.namedChildren()) {
    if (child.kind() != "comment") return child == statement;
  }
  return false;
}

}  // namespace pyconv
