#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "pyconv/Fix.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

// A need that imports a name the module already binds to something else (`from mindspore import
// nn` where `from torch import nn` stands) rebinds that name for every use in the file. A use
// that no applied fix rewrites would silently change meaning (`nn.Embedding(10, 4, 0)` reaching
// MindSpore's Embedding, whose third parameter is another one). So a fix with such a need is
// applied only in the same iteration as fixes that rewrite every use of the old binding.
// Removes from `selected` the fixes to hold back this iteration, until every fix left qualifies
// (they are not rejected: once the other uses are rewritten, or never, they come back with the
// next iteration's findings).
void holdBackRebindings(const Tree& tree, const std::string& package, const std::vector<Diagnostic>& diagnostics,
                        std::vector<std::size_t>& selected);

}  // namespace pyconv
