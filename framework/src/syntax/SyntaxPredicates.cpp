#include "pyconv/SyntaxPredicates.hpp"

namespace pyconv {

namespace {

bool isBlockLike(syntax::Kind kind) { return kind == syntax::Kind::Block || kind == syntax::Kind::Module; }

}  // namespace

Node enclosingStatement(Node node) {
  for (Node n = node; !n.isNull(); n = n.parent()) {
    const Node parent = n.parent();
    if (!parent.isNull() && isBlockLike(parent.syntaxKind())) return n;
  }
  return {};
}

Node enclosingOfKind(Node node, syntax::Kind kind) {
  for (Node n = node.parent(); !n.isNull(); n = n.parent()) {
    if (n.is(kind)) return n;
  }
  return {};
}

bool isPlainReference(Node node) {
  if (node.is(syntax::Kind::Identifier)) return true;
  return node.is(syntax::Kind::Attribute) && isPlainReference(node.field(syntax::Field::Object));
}

std::optional<std::string_view> plainStringLiteral(Node node) {
  if (node.syntaxKind() != syntax::Kind::String || node.namedChildCount() != 3) return std::nullopt;
  if (node.namedChild(0).text().find_first_of("fFbB") != std::string_view::npos) return std::nullopt;
  const Node content = node.namedChild(1);
  if (content.syntaxKind() != syntax::Kind::StringContent || content.namedChildCount() != 0) return std::nullopt;
  return content.text();
}

Node keywordArgument(Node argumentList, std::string_view name) {
  for (uint32_t i = 0; i < argumentList.namedChildCount(); ++i) {
    const Node argument = argumentList.namedChild(i);
    if (argument.is(syntax::Kind::KeywordArgument) && argument.field(syntax::Field::Name).text() == name) return argument;
  }
  return {};
}

bool isStringStatement(Node statement) {
  return statement.is(syntax::Kind::ExpressionStatement) && statement.namedChild(0).is(syntax::Kind::String);
}

bool isDocstring(Node statement) {
  if (!isStringStatement(statement)) return false;
  const Node parent = statement.parent();
  const bool body = parent.is(syntax::Kind::Module) ||
                    (parent.is(syntax::Kind::Block) && (parent.parent().is(syntax::Kind::ClassDefinition) ||
                                                  parent.parent().is(syntax::Kind::FunctionDefinition)));
  if (!body) return false;
  for (Node child : parent.namedChildren()) {
    if (child.syntaxKind() != syntax::Kind::Comment) return child == statement;
  }
  return false;
}

}  // namespace pyconv
