#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

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

}  // namespace
}  // namespace pyconv
