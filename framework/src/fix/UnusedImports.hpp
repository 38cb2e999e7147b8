#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"
#include "pyconv/Semantic.hpp"

namespace pyconv {

// The imported names (name, the last part of what it stands for) that some code uses.
using ImportUses = std::set<std::pair<std::string, std::string>>;

PYCONV_API ImportUses usedImports(const SemanticModel& model);

// The edits removing every import that `before` saw used and that nothing uses now, sorted and
// non-overlapping: a whole statement when none of its names is left, else those names with their
// commas. Empty when none. Imports that were unused already are not this tool's business and stay.
PYCONV_API std::vector<Edit> unusedImportRemovals(const SemanticModel& model, const ImportUses& before);

}  // namespace pyconv
