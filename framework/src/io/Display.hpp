#pragma once
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

// `text` made safe to print on one line of a terminal or log: control characters (C0, DEL, C1)
// become escapes (\n, \t, \r, \x1b, \u0085) and bytes that are not UTF-8 become \xNN, so a file
// named "a.py\nb.py:1:1: warning: ..." cannot fake a second output line. Everything else,
// including backslashes and valid non-ASCII names, is kept as it is.
PYCONV_API std::string displayText(std::string_view text);

// Every file path the tool prints in text output goes through here.
inline std::string displayPath(std::string_view path) { return displayText(path); }

}  // namespace pyconv
