#pragma once
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

// A unified diff (3 lines of context) between two texts, made with libgit2; empty if equal.
PYCONV_API std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view oldLabel,
                                   std::string_view newLabel);

}  // namespace pyconv
