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

// True if the text already provides what `need` asks for (editsForNeeds adds nothing for it).
PYCONV_API bool needIsMet(const Tree& tree, const Need& need);

// The module-level name a need binds: the alias, else the imported name, else the module's first
// component (`import mindspore.nn` binds `mindspore`); a helper's function name.
PYCONV_API std::string nameBoundBy(const Need& need);

// `text` with every line break that is a bare "\n" written as `newline` ("\r\n" stays as it is): what
// checks and helpers write with "\n" takes the file's line endings.
PYCONV_API std::string inNewlineStyle(std::string_view text, std::string_view newline);

// The import statement a need asks for, e.g. "from mindspore import mint".
PYCONV_API std::string importStatement(const Need& need);

}  // namespace pyconv
