#pragma once
#include <string>
#include <string_view>

#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"

namespace pyconv {

// A unified diff (3 lines of context) between two texts, made with libgit2; empty if equal.
PYCONV_API std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view oldLabel,
                                   std::string_view newLabel);

// The net change from `before` to `after` as byte replacements on `before`, sorted and
// non-overlapping: changed line runs (libgit2, no context), trimmed to the bytes that differ.
PYCONV_API std::vector<Edit> netReplacements(std::string_view before, std::string_view after);

}  // namespace pyconv
