// The typed syntax layer generated from the grammar's node-types.json: every node's Kind agrees
// with its kind() string (named nodes only), typed fields find what string fields find, and the
// views, multi-node fields and supertype predicates answer as the grammar says.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "pyconv/SyntaxViews.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

using syntax::Field;
using syntax::Kind;

std::string readExample() {
  std::ifstream file(std::string(PYCONV_SOURCE_DIR) + "/examples/tiny_transformer/modeling_tiny.py");
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

std::vector<Node> allNodes(const Tree& tree) {
  std::vector<Node> out, stack{tree.root()};
  while (!stack.empty()) {
    const Node node = stack.back();
    stack.pop_back();
    out.push_back(node);
    for (const Node& child : node.children()) stack.push_back(child);
  }
  return out;
}

TEST(SyntaxKinds, EveryNodesKindAgreesWithItsName) {
  Parser parser;
  // The example model, plus code with an error, a MISSING token and the keywords that share a
  // spelling with a named kind (`lambda`, `await`, `yield`, `type`).
  const std::string text = readExample() +
                           "\nf = lambda x: x\nasync def g():\n    await h()\n    yield 1\ntype T = int\n"
                           "def broken(:\n    pass\nx = (1,\n";
  const auto tree = parser.parse(text);
  std::size_t named = 0, anonymous = 0;
  for (const Node& node : allNodes(*tree)) {
    const Kind kind = node.syntaxKind();
    if (node.isNamed() && !node.isError() && !node.isMissing()) {
      ASSERT_NE(kind, Kind::Other) << node.kind() << " at " << node.begin();
      EXPECT_EQ(syntax::kindName(kind), node.kind());
      EXPECT_TRUE(node.is(kind));
      ++named;
    } else {
      EXPECT_EQ(kind, Kind::Other) << "'" << node.kind() << "' at " << node.begin();
      ++anonymous;
    }
  }
  EXPECT_GT(named, 500u);
  EXPECT_GT(anonymous, 500u);
  EXPECT_EQ(Node().syntaxKind(), Kind::Other);
}

TEST(SyntaxKinds, TypedFieldsFindWhatNamedFieldsFind) {
  Parser parser;
  const auto tree = parser.parse(readExample());
  std::size_t found = 0;
  for (const Node& node : allNodes(*tree)) {
    for (std::size_t i = 0; i < syntax::kFieldCount; ++i) {
      const auto field = static_cast<Field>(i);
      const Node typed = node.field(field);
      ASSERT_TRUE(typed == node.field(syntax::fieldName(field))) << syntax::fieldName(field) << " of " << node.kind();
      found += typed ? 1 : 0;
    }
  }
  EXPECT_GT(found, 300u);
  EXPECT_TRUE(tree->root().field("no_such_field").isNull());
}

TEST(SyntaxKinds, ViewsAndFieldsHoldingSeveralNodes) {
  Parser parser;
  const auto tree = parser.parse("if a:\n    f(x, k=1)\nelif b:\n    pass\nelse:\n    pass\n");
  const Node statement = tree->root().namedChild(0);
  const auto ifStatement = syntax::as<syntax::IfStatement>(statement);
  ASSERT_TRUE(ifStatement);
  EXPECT_EQ(ifStatement->condition().text(), "a");
  const auto alternatives = ifStatement->alternative();
  ASSERT_EQ(alternatives.size(), 2u);
  EXPECT_TRUE(alternatives[0].is(Kind::ElifClause));
  EXPECT_TRUE(alternatives[1].is(Kind::ElseClause));
  EXPECT_FALSE(syntax::as<syntax::Call>(statement));

  const Node expression = ifStatement->consequence().namedChild(0).namedChild(0);
  const auto call = syntax::as<syntax::Call>(expression);
  ASSERT_TRUE(call);
  EXPECT_EQ(call->function().text(), "f");
  const auto keyword = syntax::as<syntax::KeywordArgument>(call->arguments().namedChild(1));
  ASSERT_TRUE(keyword);
  EXPECT_EQ(keyword->name().text(), "k");
  EXPECT_EQ(keyword->value().text(), "1");
}

TEST(SyntaxKinds, SupertypesHoldTheirSubtypes) {
  EXPECT_TRUE(syntax::isExpression(Kind::Call));         // through primary_expression
  EXPECT_TRUE(syntax::isPrimaryExpression(Kind::Attribute));
  EXPECT_TRUE(syntax::isExpression(Kind::Lambda));
  EXPECT_FALSE(syntax::isPrimaryExpression(Kind::Lambda));
  EXPECT_FALSE(syntax::isExpression(Kind::Block));
  EXPECT_TRUE(syntax::isCompoundStatement(Kind::ClassDefinition));
  EXPECT_TRUE(syntax::isSimpleStatement(Kind::ReturnStatement));
  EXPECT_FALSE(syntax::isExpression(Kind::Other));
}

}  // namespace
}  // namespace pyconv
