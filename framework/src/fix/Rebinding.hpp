#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "pyconv/Fix.hpp"
#include "pyconv/Tree.hpp"
#include "semantic/LazySemanticModel.hpp"

namespace pyconv {

// A need that imports a name the module already binds to something else (`from mindspore import
// nn` where `from torch import nn` stands) rebinds that name for every use in the file. A use
// that no applied fix rewrites would silently change meaning (`nn.Embedding(10, 4, 0)` reaching
// MindSpore's Embedding, whose third parameter is another one). So a fix with such a need is
// applied only in the same iteration as fixes that rewrite every use of the old binding.
// Removes from `selected` the fixes to hold back this iteration, until every fix left qualifies
// (they are not rejected: once the other uses are rewritten, or never, they come back with the
// next iteration's findings).
void holdBackRebindings(const LazySemanticModel& model, const std::vector<Diagnostic>& diagnostics,
                        std::vector<std::size_t>& selected);

// A fix that removes or replaces an import (a folded `if is_torch_available(): import torch`)
// unbinds the name for every use. A use that another fix found in the same pass would rewrite,
// but that is not applied now (Unsafe under a Safe-only run, or waiting behind an overlap), would
// then never be rewritten: its fix resolves the name through the import that is gone. So such a
// fix waits until those uses are rewritten. A use that no fix would rewrite does not hold it.
void holdBackUnbindings(const LazySemanticModel& model, const std::vector<Diagnostic>& diagnostics,
                        std::vector<std::size_t>& selected);

// Both of the above, in the order they must run.
void holdBackBindingChanges(const LazySemanticModel& model, const std::vector<Diagnostic>& diagnostics,
                            std::vector<std::size_t>& selected);

}  // namespace pyconv
