#include <gtest/gtest.h>

#include <string>

#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// The smallest named node spanning a range: the identifier a word of the text is, or the larger
// node it is only a part of (another identifier, a string, a comment), and nothing outside the
// node asked.
TEST(NodeDescendant, IsTheSmallestNamedNodeThatSpansTheRange) {
  const std::string text = "class A:\n    def f(self):\n        return self.forward(x)  # forward\n"
                           "    s = 'forward'\n    forwarding = 1\n";
  const auto tree = Parser().parse(text);
  const Node root = tree->root();
  auto at = [&](std::string_view word, std::size_t from = 0) {
    const auto begin = static_cast<uint32_t>(text.find(word, from));
    return root.namedDescendantFor(begin, begin + static_cast<uint32_t>(word.size()));
  };
  const Node call = at("forward");
  EXPECT_TRUE(call.is(syntax::Kind::Identifier));
  EXPECT_EQ(call.text(), "forward");
  EXPECT_TRUE(call.parent().is(syntax::Kind::Attribute));
  EXPECT_TRUE(at("forward", text.find('#')).is(syntax::Kind::Comment));
  EXPECT_EQ(at("forward", text.find("'")).parent().syntaxKind(), syntax::Kind::String);
  EXPECT_EQ(at("forward", text.find("forwarding")).text(), "forwarding");
  EXPECT_TRUE(at("self.forward").is(syntax::Kind::Attribute));
  const Node method = root.namedChild(0).field(syntax::Field::Body).namedChild(0);
  EXPECT_TRUE(method.namedDescendantFor(0, 5) == method) << "outside the node: the node itself";
  EXPECT_TRUE(Node{}.namedDescendantFor(0, 1).isNull());
}

}  // namespace
}  // namespace pyconv
