#pragma once
#include <ostream>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"

namespace pyconv {

// clang-style text: `path:line:col: warning: message [check]`, the source line, a caret under
// the column with `~` under the rest of the finding on that line, and (as clang's fix-it hints) the
// replacement text of its fix's first edit on that line. Columns count code points; tabs before
// the column are kept so the caret lines up. With `fixableMark`, a finding whose fix the same
// command with --fix (and --unsafe-fixes when `unsafeFixes`) would apply says `[*]` (ruff's mark).
PYCONV_API void printTextReport(std::ostream& out, std::string_view path, std::string_view text,
                                const std::vector<Diagnostic>& diagnostics, bool color = false,
                                bool fixableMark = false, bool unsafeFixes = false);

// Whether --fix applies the finding's fix (with `unsafeFixes`, --fix --unsafe-fixes).
PYCONV_API bool fixableBy(const Diagnostic& diagnostic, bool unsafeFixes);

}  // namespace pyconv
