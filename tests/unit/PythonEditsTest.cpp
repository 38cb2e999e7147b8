#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <optional>

#include "fix/FixSelection.hpp"
#include "pyconv/PythonEdits.hpp"
#include "pyconv/Query.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// Applies `makeEdit` to the first node matching `pattern` (a query capturing @n) whose text is
// `target` (any, if empty) and checks that the result still parses.
std::string editing(const std::string& code, const std::string& pattern, const std::string& target,
                    const std::function<Edit(Node)>& makeEdit) {
  Parser parser;
  auto tree = parser.parse(code);
  Node found;
  Query::compile(pattern)->forEachMatch(tree->root(), [&](const QueryMatch& m) {
    if (found.isNull() && (target.empty() || m.get("n").text() == target)) found = m.get("n");
  });
  if (found.isNull()) throw std::runtime_error("no match for " + pattern + " " + target);
  std::string out = applyEdits(code, {makeEdit(found)});
  EXPECT_EQ(parser.parse(out)->errorCount(), 0u) << out;
  return out;
}

std::string removing(const std::string& code, const std::string& statement) {
  return editing(code, "(expression_statement) @n", statement, [](Node n) { return removeStatement(n); });
}

std::string removingArgument(const std::string& code, const std::string& argument) {
  return editing(code, "[(argument_list (_) @n) (parameters (_) @n)]", argument, [](Node n) { return removeArgument(n); });
}

TEST(RemoveStatement, DeletesTheWholeLine) {
  EXPECT_EQ(removing("a = 1\nm.cuda()\nb = 2\n", "m.cuda()"), "a = 1\nb = 2\n");
  EXPECT_EQ(removing("def f():\n    x()\n    m.cuda()\n", "m.cuda()"), "def f():\n    x()\n");
  EXPECT_EQ(removing("m.cuda()", "m.cuda()"), "");
}

TEST(RemoveStatement, DoesNotLeaveTwoBlankLinesWhereThereWasOne) {
  EXPECT_EQ(removing("import a\n\nm.cuda()\n\nx = 1\n", "m.cuda()"), "import a\n\nx = 1\n");
  EXPECT_EQ(removing("a = 1\n\n\nm.cuda()\nb = 2\n", "m.cuda()"), "a = 1\n\n\nb = 2\n") << "only the statement's own line";
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

TEST(DropsForeignComment, OnlyCommentsInsideCodeRemovedWhole) {
  Parser parser;
  const std::string code = "y = x.cuda(  # device 0\n    0)  # moved\nz = 1\n";
  auto tree = parser.parse(code);
  const auto dot = static_cast<uint32_t>(code.find(".cuda"));
  const auto callEnd = static_cast<uint32_t>(code.find(")  # moved") + 1);
  EXPECT_FALSE(dropsForeignComment(tree->root(), {dot, callEnd, ""})) << "the comment is inside the removed call";
  EXPECT_TRUE(dropsForeignComment(tree->root(), {dot, callEnd + 9, ""})) << "the trailing comment belongs to the line";
  EXPECT_TRUE(dropsForeignComment(tree->root(), {dot + 12, callEnd, ""})) << "a comment cut in part";
  EXPECT_FALSE(dropsForeignComment(tree->root(), {0, 0, "x"})) << "insertions drop nothing";
  const std::string block = "def f():\n    \"\"\"Doc.\"\"\"\n    # about a\n    a()\n    # about b\n    b()\n    c()  # keep\n";
  auto blockTree = parser.parse(block);
  const auto a = static_cast<uint32_t>(block.find("# about a")), c = static_cast<uint32_t>(block.find("c()"));
  EXPECT_FALSE(dropsForeignComment(blockTree->root(), {a, c, ""})) << "comments above removed statements go with them";
  const auto keep = static_cast<uint32_t>(block.find("  # keep"));
  EXPECT_TRUE(dropsForeignComment(blockTree->root(), {keep, keep + 8, ""})) << "a trailing comment of a kept line";
}

TEST(RangeHasComment, SeesCommentsButNotHashesInStrings) {
  Parser parser;
  auto tree = parser.parse("x = '# not a comment'  # a comment\n");
  EXPECT_FALSE(rangeHasComment(tree->root(), 0, 21));
  EXPECT_TRUE(rangeHasComment(tree->root(), 0, 30));
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
  EXPECT_EQ(removingArgument("f(\n    a,\n    device=d,  # about d\n)\n", "device=d"), "f(\n    a,\n)\n");
}

TEST(RemoveArgument, RemovesParametersToo) {
  EXPECT_EQ(removingArgument("def f(self, x, device=None):\n    pass\n", "device=None"),
            "def f(self, x):\n    pass\n");
  EXPECT_EQ(removingArgument("def f(\n    self,\n    device: torch.device,\n    x,\n):\n    pass\n",
                             "device: torch.device"),
            "def f(\n    self,\n    x,\n):\n    pass\n");
}

// Removes every argument whose text is in `targets` from the first call, in one go.
std::string removingArguments(const std::string& code, const std::vector<std::string>& targets) {
  Parser parser;
  auto tree = parser.parse(code);
  std::vector<Node> found;
  Node list;
  Query::compile("(argument_list) @l")->forEachMatch(tree->root(), [&](const QueryMatch& m) {
    if (!list) list = m.get("l");
  });
  for (uint32_t i = 0; i < list.namedChildCount(); ++i) {
    if (std::find(targets.begin(), targets.end(), std::string(list.namedChild(i).text())) != targets.end()) {
      found.push_back(list.namedChild(i));
    }
  }
  auto edits = removeArguments(found);
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  std::string out = applyEdits(code, edits);
  EXPECT_EQ(parser.parse(out)->errorCount(), 0u) << out;
  return out;
}

TEST(RemoveArguments, NeighboursAndRunsDoNotOverlap) {
  EXPECT_EQ(removingArguments("t.to(keep, d, non_blocking=True)\n", {"d", "non_blocking=True"}), "t.to(keep)\n");
  EXPECT_EQ(removingArguments("t.to(d, non_blocking=True, keep)\n", {"d", "non_blocking=True"}), "t.to(keep)\n");
  EXPECT_EQ(removingArguments("t.to(d, keep, c=1)\n", {"d", "c=1"}), "t.to(keep)\n");
  EXPECT_EQ(removingArguments("t.to(d, c=1,)\n", {"d", "c=1"}), "t.to()\n");
}

TEST(ReplaceWithBlock, TakesOneBranchOfAnIf) {
  const std::string code = "def f():\n    if x.is_cuda:\n        a()\n    else:\n        # cpu path\n        b()\n    return 1\n";
  EXPECT_EQ(editing(code, "(if_statement) @n", "", [](Node n) { return replaceWithBlock(n, n.field("alternative").field("body")); }),
            "def f():\n    # cpu path\n    b()\n    return 1\n");
  EXPECT_EQ(editing(code, "(if_statement) @n", "", [](Node n) { return replaceWithBlock(n, n.field("consequence")); }),
            "def f():\n    a()\n    return 1\n");
}

TEST(UnwrapWith, DedentsTheBodyToTheStatement) {
  const auto unwrap = [](Node n) { return unwrapWith(n); };
  EXPECT_EQ(editing("def f():\n    with torch.no_grad():\n        a = 1\n\n        if a:\n            b()\n    return a\n",
                    "(with_statement) @n", "", unwrap),
            "def f():\n    a = 1\n\n    if a:\n        b()\n    return a\n");
  EXPECT_EQ(editing("with ctx():\n    # why\n    x = 1\n", "(with_statement) @n", "", unwrap), "# why\nx = 1\n");
  EXPECT_EQ(editing("with ctx(): x = 1\n", "(with_statement) @n", "", unwrap), "x = 1\n");
}

TEST(UnwrapWith, LeavesMultilineStringsAlone) {
  EXPECT_EQ(editing("with ctx():\n    s = \"\"\"\n    kept\n        as is\n\"\"\"\n    t = 2\n", "(with_statement) @n", "",
                    [](Node n) { return unwrapWith(n); }),
            "s = \"\"\"\n    kept\n        as is\n\"\"\"\nt = 2\n");
}

TEST(UnwrapWith, KeepsCrlf) {
  EXPECT_EQ(editing("if c:\r\n    with ctx():\r\n        x = 1\r\n", "(with_statement) @n", "", [](Node n) { return unwrapWith(n); }),
            "if c:\r\n    x = 1\r\n");
}

TEST(ReplaceExpression, IndentsFollowingLinesLikeTheNode) {
  EXPECT_EQ(editing("def f():\n    y = g(x)\n", "(call) @n", "g(x)",
                    [](Node n) { return replaceExpression(n, "h(\n    x,\n)"); }),
            "def f():\n    y = h(\n        x,\n    )\n");
}

// The condition of the first `if`, evaluated (or folded) with `guard()` false and every other atom unknown.
std::optional<bool> guardFalse(Node atom) {
  if (atom.text() == "guard()") return false;
  return std::nullopt;
}

template <typename Result>
Result onFirstIf(const std::string& code, Result (*evaluate)(Node, const std::function<std::optional<bool>(Node)>&)) {
  Parser parser;
  auto tree = parser.parse(code);
  Node condition;
  Query::compile("(if_statement condition: (_) @n)")->forEachMatch(tree->root(), [&](const QueryMatch& m) {
    if (condition.isNull()) condition = m.get("n");
  });
  return evaluate(condition, guardFalse);
}

std::optional<bool> evaluateFirstIf(const std::string& code) { return onFirstIf(code, evaluateCondition); }
FoldedCondition foldFirstIf(const std::string& code) { return onFirstIf(code, foldCondition); }

TEST(EvaluateCondition, CombinesKnownAndUnknownSides) {
  EXPECT_EQ(evaluateFirstIf("if guard() and x:\n    pass\n"), std::optional<bool>(false));
  EXPECT_EQ(evaluateFirstIf("if x or not guard():\n    pass\n"), std::optional<bool>(true));
  EXPECT_EQ(evaluateFirstIf("if x and not guard():\n    pass\n"), std::nullopt);
}

TEST(EvaluateCondition, ACommentBeforeTheOperatorDoesNotTurnAndIntoOr) {
  // `x and True` is unknown; reading the comment as the operator made it `x or True`, i.e. true.
  EXPECT_EQ(evaluateFirstIf("if (\n    x  # why\n    and not guard()\n):\n    pass\n"), std::nullopt);
}

TEST(FoldCondition, DropsKnownSidesAndKeepsTheRestAsWritten) {
  EXPECT_EQ(foldFirstIf("if x and not guard():\n    pass\n"), FoldedCondition("x"));
  EXPECT_EQ(foldFirstIf("if not (guard() or a == b):\n    pass\n"), FoldedCondition("not (a == b)"));
  EXPECT_EQ(foldFirstIf("if (x  # why\n    and y):\n    pass\n"), FoldedCondition("(x  # why\n    and y)"));
  EXPECT_EQ(foldFirstIf("if guard() and x:\n    pass\n"), FoldedCondition(false));
}

}  // namespace
}  // namespace pyconv
