#pragma once
#include <string_view>
#include <vector>

#include "pyconv/Tree.hpp"

namespace pyconv {

// The syntax problems of a tree (Tree::syntaxProblems computes this once per tree).
std::vector<SyntaxProblem> findSyntaxProblems(const Tree& tree);

// A tree nested deeper than this is not analysed at all: the checks and the semantic model walk
// it recursively, and CPython's own parser already refuses such nesting (a chain of 2,000 calls
// is a RecursionError for `ast.parse`), so the file is reported as a syntax problem instead.
constexpr std::size_t kMaxNesting = 3000;
// The message of that problem starts with this.
constexpr std::string_view kTooDeepMessage = "nested more than 3000 levels deep";

}  // namespace pyconv
