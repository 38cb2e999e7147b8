#include <gtest/gtest.h>

#include <functional>

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

namespace pyconv {
namespace {

// Applies `makeEdit` to the first node of `kind` whose text is `target` (any, if empty) and
// checks that the result still parses.
std::string editing(const std::string& code, const std::string& kind, const std::string& target,
                    const std::function<Edit(Node)>& makeEdit) {
  Parser parser;
  auto tree = parser.parse(code);
  Node found;
  Query::compile("(" + kind + ") @n")->forEachMatch(tree->root(), [&](const QueryMatch& m) {
    if (found.isNull() && (target.empty() || m.get("n").text() == target)) found = m.get("n");
  });
  if (found.isNull()) throw std::runtime_error("no " + kind + " " + target);
  std::string out = applyEdits(code, {makeEdit(found)});
  EXPECT_EQ(parser.parse(out)->errorCount(), 0u) << out;
  return out;
}

std::string removingArgument(const std::string& code, const std::string& target) {
  Parser parser;
  auto tree = parser.parse(code);
  Node found;
  Query::compile("[(argument_list (_) @a) (parameters (_) @a)]")->forEachMatch(tree->root(), [&](const QueryMatch& m) {
    if (found.isNull() && m.get("a").text() == target) found = m.get("a");
  });
  if (found.isNull()) throw std::runtime_error("no argument " + target);
  std::string out = applyEdits(code, {removeArgument(found)});
  EXPECT_EQ(parser.parse(out)->errorCount(), 0u) << out;
  return out;
}

TEST(RemoveArgument, InlineFirstMiddleLastAndOnly) {
  EXPECT_EQ(removingArgument("f(a, device=d, b)\n", "device=d"), "f(a, b)\n");
  EXPECT_EQ(removingArgument("f(device=d, b)\n", "device=d"), "f(b)\n");
  EXPECT_EQ(removingArgument("f(a, device=d)\n", "device=d"), "f(a)\n");
  EXPECT_EQ(removingArgument("f(a, device=d,)\n", "device=d"), "f(a,)\n");
  EXPECT_EQ(removingArgument("f(device=d)\n", "device=d"), "f()\n");
  EXPECT_EQ(removingArgument("f(device=d,)\n", "device=d"), "f()\n");
}

TEST(RemoveArgument, OnePerLineWithTrailingCommasAndComments) {
  EXPECT_EQ(removingArgument("f(\n    a,\n    device=d,\n    b,\n)\n", "device=d"), "f(\n    a,\n    b,\n)\n");
  EXPECT_EQ(removingArgument("f(\n    a,  # about a\n    device=d\n)\n", "device=d"), "f(\n    a,  # about a\n)\n");
  EXPECT_EQ(removingArgument("f(\n    device=d,\n)\n", "device=d"), "f(\n)\n");
  EXPECT_EQ(removingArgument("f(a,\n  device=d)\n", "device=d"), "f(a)\n");
}

TEST(RemoveArgument, RemovesParametersToo) {
  EXPECT_EQ(removingArgument("def f(self, x, device=None):\n    pass\n", "device=None"),
            "def f(self, x):\n    pass\n");
  EXPECT_EQ(removingArgument("def f(\n    self,\n    device: torch.device,\n    x,\n):\n    pass\n",
                             "device: torch.device"),
            "def f(\n    self,\n    x,\n):\n    pass\n");
}

TEST(UnwrapWith, DedentsTheBodyToTheStatement) {
  const auto unwrap = [](Node n) { return unwrapWith(n); };
  EXPECT_EQ(editing("def f():\n    with torch.no_grad():\n        a = 1\n\n        if a:\n            b()\n    return a\n",
                    "with_statement", "", unwrap),
            "def f():\n    a = 1\n\n    if a:\n        b()\n    return a\n");
  EXPECT_EQ(editing("with ctx():\n    # why\n    x = 1\n", "with_statement", "", unwrap), "# why\nx = 1\n");
  EXPECT_EQ(editing("with ctx(): x = 1\n", "with_statement", "", unwrap), "x = 1\n");
}

TEST(UnwrapWith, LeavesMultilineStringsAlone) {
  EXPECT_EQ(editing("with ctx():\n    s = \"\"\"\n    kept\n        as is\n\"\"\"\n    t = 2\n", "with_statement", "",
                    [](Node n) { return unwrapWith(n); }),
            "s = \"\"\"\n    kept\n        as is\n\"\"\"\nt = 2\n");
}

TEST(UnwrapWith, KeepsCrlf) {
  EXPECT_EQ(editing("if c:\r\n    with ctx():\r\n        x = 1\r\n", "with_statement", "", [](Node n) { return unwrapWith(n); }),
            "if c:\r\n    x = 1\r\n");
}

TEST(ReplaceExpression, IndentsFollowingLinesLikeTheNode) {
  EXPECT_EQ(editing("def f():\n    y = g(x)\n", "call", "g(x)",
                    [](Node n) { return replaceExpression(n, "h(\n    x,\n)"); }),
            "def f():\n    y = h(\n        x,\n    )\n");
}

}  // namespace
}  // namespace pyconv
