#pragma once
#include <ostream>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"

namespace pyconv {

// clang-style text: `path:line:col: warning: message [check]`, the source line, a caret under
// the column. Columns count code points; tabs before the column are kept so the caret lines up.
PYCONV_API void printTextReport(std::ostream& out, std::string_view path, std::string_view text,
                                const std::vector<Diagnostic>& diagnostics, bool color = false);

}  // namespace pyconv
