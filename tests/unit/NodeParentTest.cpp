#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <vector>

#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// Node::parent finds the top level by binary search and then descends as tree-sitter does: every
// node's parent must be the node whose children list it, in clean code and in code with errors,
// empty (MISSING) nodes, anonymous tokens and comments between statements.
void expectEveryChildsParentIsItsNode(const std::string& text) {
  Parser parser;
  const auto tree = parser.parse(text);
  std::size_t checked = 0;
  std::vector<Node> stack{tree->root()};
  EXPECT_TRUE(tree->root().parent().isNull());
  while (!stack.empty()) {
    const Node node = stack.back();
    stack.pop_back();
    for (uint32_t i = 0; i < node.childCount(); ++i) {
      const Node child = node.child(i);
      ASSERT_TRUE(child.parent() == node) << child.kind() << " at " << child.begin() << " in " << node.kind();
      ++checked;
      stack.push_back(child);
    }
  }
  if (!text.empty()) EXPECT_GT(checked, 5u);
}

TEST(NodeParent, IsTheNodeWhoseChildrenListIt) {
  expectEveryChildsParentIsItsNode("import torch\n# a comment\n\n\nclass A(nn.Module):\n    def f(self, x):\n        return torch.ones(3).cuda() + x\n\n\nx = [1, 2,\n     3]\n");
  expectEveryChildsParentIsItsNode("def f(:\n    pass\nx = (1 +\ny = 2\n");     // ERROR and MISSING nodes
  expectEveryChildsParentIsItsNode("x = 1; y = 2;\nif x:\n    pass\n\n");           // anonymous tokens at the top level
  expectEveryChildsParentIsItsNode("");
  std::ifstream file(std::string(PYCONV_SOURCE_DIR) + "/examples/tiny_transformer/modeling_tiny.py");
  std::stringstream model;
  model << file.rdbuf();
  ASSERT_FALSE(model.str().empty());
  expectEveryChildsParentIsItsNode(model.str());
}

// Found by the fuzzer: when one top-level statement spans the whole text (no newline after it), the
// root and that statement cover the same bytes, and the root was given the statement as its parent;
// a walk up the parents then went round between the two for ever.
TEST(NodeParent, TheRootHasNoneWhenAStatementSpansTheWholeText) {
  for (const std::string text : {"import torch.nn as nn, numpy", "x = torch.ones(3)", "x = (1 +"}) {
    const auto tree = Parser().parse(text);
    EXPECT_TRUE(tree->root().parent().isNull()) << text;
    const Node statement = tree->root().namedChild(0);
    ASSERT_EQ(statement.end(), tree->root().end()) << text;  // the case at hand
    EXPECT_TRUE(statement.parent() == tree->root()) << text;
    expectEveryChildsParentIsItsNode(text);
  }
}

// What a node is, comparable across two parses of one text.
std::tuple<std::string, uint32_t, uint32_t> identity(Node node) {
  return {std::string(node.kind()), node.begin(), node.end()};
}

// Node::parent remembers the parents it passes on its way down. Asked bottom-up (a walk from every
// leaf to the root, the order checks ask in), most answers come from what earlier descents left:
// each must still be the node whose children list it, as a second parse of the text says.
TEST(NodeParent, WalksUpFromEveryLeafThroughTheParentsThatListIt) {
  std::ifstream file(std::string(PYCONV_SOURCE_DIR) + "/examples/tiny_transformer/modeling_tiny.py");
  std::stringstream model;
  model << file.rdbuf();
  const std::string text = model.str() + "def f(:\n    x = (1 +\n";  // error nodes too
  Parser parser;
  const auto oracle = parser.parse(text);
  std::map<std::tuple<std::string, uint32_t, uint32_t>, std::set<std::tuple<std::string, uint32_t, uint32_t>>> listedBy;
  std::vector<Node> stack{oracle->root()};
  while (!stack.empty()) {
    const Node node = stack.back();
    stack.pop_back();
    for (const Node child : node.children()) {
      listedBy[identity(child)].insert(identity(node));
      stack.push_back(child);
    }
  }
  // The leaves of a second parse, found with children() alone, which never asks for a parent.
  const auto tree = parser.parse(text);
  std::vector<Node> leaves;
  stack = {tree->root()};
  while (!stack.empty()) {
    const Node node = stack.back();
    stack.pop_back();
    const auto children = node.children();
    if (children.empty()) leaves.push_back(node);
    stack.insert(stack.end(), children.begin(), children.end());
  }
  std::size_t steps = 0;
  for (Node node : leaves) {
    for (Node parent = node.parent(); !parent.isNull(); node = parent, parent = node.parent(), ++steps) {
      ASSERT_TRUE(listedBy[identity(node)].count(identity(parent))) << node.kind() << " at " << node.begin();
    }
    EXPECT_TRUE(node == tree->root());
  }
  EXPECT_GT(steps, 1000u);
}

}  // namespace
}  // namespace pyconv
