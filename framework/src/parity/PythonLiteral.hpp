#pragma once
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

// A Python string literal ("...", all ASCII) whose value is `bytes` read the way Python reads a
// file name: valid UTF-8 becomes its code points (\xNN, \uNNNN, \UNNNNNNNN for anything outside
// printable ASCII), each byte that is not UTF-8 becomes the lone surrogate U+DC80..U+DCFF that
// os.fsdecode gives it. Quotes, backslashes and line breaks are always escaped, so no input can
// end the literal: this is the only way text from outside enters generated Python code.
PYCONV_API std::string pythonStringLiteral(std::string_view bytes);

}  // namespace pyconv
