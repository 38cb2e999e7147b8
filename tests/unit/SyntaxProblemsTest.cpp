// What CPython rejects although tree-sitter's grammar accepts it: each such text is a syntax
// error for the engine (never rewritten; a fix that introduces one is rejected).
#include <gtest/gtest.h>

#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

std::vector<std::string> problems(const std::string& code) {
  Parser parser;
  const auto tree = parser.parse(code);
  std::vector<std::string> messages;
  for (const auto& p : tree->syntaxProblems()) messages.push_back(p.message.empty() ? "(error node)" : p.message);
  EXPECT_EQ(tree->errorCount(), messages.size());
  return messages;
}

using Messages = std::vector<std::string>;

TEST(SyntaxProblems, ValidPythonHasNone) {
  EXPECT_EQ(problems("import torch\n\n\ndef f(x):\n    if x:\n        pass\n    return 0x1F + 00 + 0_0 + 07.5 + 0e1 + 0777j\n"),
            Messages{});
  EXPECT_EQ(problems("class Box[T: int]:\n    pass\n"), Messages{});  // newer syntax is not our business
}

TEST(SyntaxProblems, AnEmptyBlockIsExpectedToBeIndented) {
  EXPECT_EQ(problems("if x:\ny = 1\n"), Messages{"expected an indented block"});
  EXPECT_EQ(problems("def f():\n    if x:\n        # only a comment\n    return 1\n"),
            Messages{"expected an indented block"});
}

TEST(SyntaxProblems, PythonTwoConstructs) {
  EXPECT_EQ(problems("print x\n"), Messages{"Python 2 print statement"});
  EXPECT_EQ(problems("exec \"x = 1\"\n"), Messages{"Python 2 exec statement"});
  EXPECT_EQ(problems("y = a <> b\n"), Messages{"Python 2 '<>' operator"});
  EXPECT_EQ(problems("mode = 0777\n"), Messages{"leading zeros in a decimal integer literal"});
  EXPECT_EQ(problems("print(x)\nmode = 0o777\n"), Messages{});
}

TEST(SyntaxProblems, TabsAndSpacesThatOrderLinesDifferentlyAreATabError) {
  const Messages tabError{"inconsistent use of tabs and spaces in indentation"};
  // 8 spaces and one tab are the same column with tab size 8, not with tab size 1.
  EXPECT_EQ(problems("if x:\n        a = 1\n\tb = 2\n"), tabError);
  EXPECT_EQ(problems("if x:\n\ta = 1\n        b = 2\n"), tabError);
  // Consistent: tabs only, or spaces only, or the same mix on every line of a block.
  EXPECT_EQ(problems("if x:\n\ta = 1\n\tif y:\n\t\tb = 2\n"), Messages{});
  EXPECT_EQ(problems("if x:\n  \ta = 1\n  \tb = 2\n"), Messages{});
}

TEST(SyntaxProblems, OnlyLinesThatStartALogicalLineAreMeasured) {
  // Inside brackets, strings and after a backslash, indentation is free.
  EXPECT_EQ(problems("if x:\n    a = f(1,\n\t2)\n    b = '''\n\tdoc\n'''\n    c = 1 + \\\n\t2\n    d = 'x\\\n\ty'\n"),
            Messages{});
  // Blank and comment-only lines do not count.
  EXPECT_EQ(problems("if x:\n    a = 1\n\t# a comment\n\n    b = 2\n"), Messages{});
}

TEST(SyntaxProblems, CallArgumentsInCPythonsOrder) {
  EXPECT_EQ(problems("f(a=1, b)\n"), Messages{"positional argument follows keyword argument"});
  EXPECT_EQ(problems("f(**k, b)\n"), Messages{"positional argument follows keyword argument unpacking"});
  EXPECT_EQ(problems("f(**k, *a)\n"), Messages{"iterable argument unpacking follows keyword argument unpacking"});
  EXPECT_EQ(problems("f(a=1, a=2)\n"), Messages{"keyword argument repeated"});
  EXPECT_EQ(problems("class A(Base, metaclass=M, Other):\n    pass\n"),
            Messages{"positional argument follows keyword argument"});
  // Allowed: `*` after a keyword, a keyword after `**`, comments between arguments.
  EXPECT_EQ(problems("f(x, *a, k=1, *b, **c, j=2)\nf(a=1,  # why\n  b=2)\nf(x for x in y)\n"), Messages{});
}

TEST(SyntaxProblems, ParametersWithoutDefaultBeforeTheStar) {
  EXPECT_EQ(problems("def f(a=1, b):\n    pass\n"), Messages{"non-default argument follows default argument"});
  EXPECT_EQ(problems("g = lambda a=1, b: a\n"), Messages{"non-default argument follows default argument"});
  EXPECT_EQ(problems("def f(a: int = 1, /, b: int):\n    pass\n"),
            Messages{"non-default argument follows default argument"});
  // After `*` (or `*args`) keyword-only parameters need no default.
  EXPECT_EQ(problems("def f(a=1, *, b):\n    pass\ndef g(a=1, *r, b, **k):\n    pass\ndef h(a, /, b=1):\n    pass\n"
                     "def i(a=1, *r: int, b: int, **k: int):\n    pass\ndef j(a=1, **k: int):\n    pass\n"),
            Messages{});
}

TEST(SyntaxProblems, ErrorNodesAreProblemsWithoutAMessage) {
  EXPECT_EQ(problems("x = (1,\n"), Messages{"(error node)"});
}

}  // namespace
}  // namespace pyconv
