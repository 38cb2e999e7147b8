#pragma once
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

// Turns the needs of the accepted fixes into edits of the current text: imports that the file
// lacks are merged into an existing `from M import ...` or added after the import block; helpers
// the module does not define yet go before its first class or function. Needs already met are
// skipped; duplicates become one edit. `newline` is the file's line ending.
PYCONV_API std::vector<Edit> editsForNeeds(const Tree& tree, const std::vector<Need>& needs, std::string_view newline);

// The import statement a need asks for, e.g. "from mindspore import mint".
PYCONV_API std::string importStatement(const Need& need);

}  // namespace pyconv
