#include <gtest/gtest.h>

#include "fix/FixSelection.hpp"
#include "pyconv/PythonEdits.hpp"
#include "pyconv/Query.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// Removes the first statement whose text is `target` and returns the new text.
std::string removing(const std::string& code, const std::string& target) {
  Parser parser;
  auto tree = parser.parse(code);
  Node statement;
  Query::compile("(expression_statement) @s")->forEachMatch(tree->root(), [&](const QueryMatch& m) {
    if (statement.isNull() && m.get("s").text() == target) statement = m.get("s");
  });
  if (statement.isNull()) throw std::runtime_error("no statement " + target);
  std::string out = applyEdits(code, {removeStatement(statement)});
  EXPECT_EQ(parser.parse(out)->errorCount(), 0u) << out;
  return out;
}

TEST(RemoveStatement, DeletesTheWholeLine) {
  EXPECT_EQ(removing("a = 1\nm.cuda()\nb = 2\n", "m.cuda()"), "a = 1\nb = 2\n");
  EXPECT_EQ(removing("def f():\n    x()\n    m.cuda()\n", "m.cuda()"), "def f():\n    x()\n");
  EXPECT_EQ(removing("m.cuda()", "m.cuda()"), "");
}

TEST(RemoveStatement, KeepsATrailingComment) {
  EXPECT_EQ(removing("a = 1\nm.cuda()  # note\n", "m.cuda()"), "a = 1\n# note\n");
}

TEST(RemoveStatement, LeavesPassInABlockThatWouldBeEmpty) {
  EXPECT_EQ(removing("if c:\n    # why\n    m.cuda()\nx = 1\n", "m.cuda()"), "if c:\n    # why\n    pass\nx = 1\n");
  EXPECT_EQ(removing("for l in ls: l.cuda()\n", "l.cuda()"), "for l in ls: pass\n");
}

TEST(RemoveStatement, HandlesCrlfAndSharedLines) {
  EXPECT_EQ(removing("a = 1\r\nm.cuda()\r\nb = 2\r\n", "m.cuda()"), "a = 1\r\nb = 2\r\n");
  EXPECT_EQ(removing("a = 1; m.cuda()\n", "m.cuda()"), "a = 1; pass\n");
}

TEST(RangeHasComment, SeesCommentsButNotHashesInStrings) {
  Parser parser;
  auto tree = parser.parse("x = '# not a comment'  # a comment\n");
  EXPECT_FALSE(rangeHasComment(tree->root(), 0, 21));
  EXPECT_TRUE(rangeHasComment(tree->root(), 0, 30));
}

}  // namespace
}  // namespace pyconv
