#pragma once
#include <vector>

#include "pyconv/Tree.hpp"

namespace pyconv {

// The syntax problems of a tree (Tree::syntaxProblems computes this once per tree).
std::vector<SyntaxProblem> findSyntaxProblems(const Tree& tree);

}  // namespace pyconv
