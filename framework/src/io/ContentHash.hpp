#pragma once
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

// "xxh3-<16 hex digits>": how the tree-mode manifest, --export-fixes and the parity tests name the
// bytes of a file (a change detector, not a security boundary).
PYCONV_API std::string contentHash(std::string_view bytes);

}  // namespace pyconv
