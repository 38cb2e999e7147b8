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

// One row of a side-by-side view of two texts: a line of each side (1-based; 0 where that side has
// none), or a run of `skipped` unchanged lines left out between hunks.
struct SideBySideRow {
  enum class Kind { Same, Changed, Skipped };
  Kind kind = Kind::Same;
  int oldLine = 0, newLine = 0;
  int skipped = 0;
};

// The rows of a side-by-side diff (libgit2, `context` unchanged lines around each change): a run of
// deleted lines and the added lines after it share rows, pairwise. Empty if the texts are equal.
PYCONV_API std::vector<SideBySideRow> sideBySideRows(std::string_view before, std::string_view after, int context);

// The net change from `before` to `after` as byte replacements on `before`, sorted and
// non-overlapping: changed line runs (libgit2, no context), trimmed to the bytes that differ.
PYCONV_API std::vector<Edit> netReplacements(std::string_view before, std::string_view after);

}  // namespace pyconv
