#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"

namespace pyconv {

struct FixPolicy {
  bool applyUnsafe = false;  // Safe fixes always; Unsafe only when asked; DisplayOnly never
};

// Whether two edits of one text conflict: their ranges intersect, or both insert at one point
// (their order would be arbitrary). Identical edits do not conflict: they are one edit.
PYCONV_API bool editsConflict(const Edit& a, const Edit& b);

// Picks the fixes to apply in one iteration: applicable ones, ordered by (first offset, check
// name, report order), accepted greedily when none of their edits overlaps an accepted edit
// (an edit identical to an accepted one is shared, not a conflict). Returns diagnostic indices.
// Rejected fixes are not lost: their checks run again on the next iteration's text.
PYCONV_API std::vector<std::size_t> selectFixes(const std::vector<Diagnostic>& diagnostics, FixPolicy policy);

// The edits of the selected fixes, deduplicated and sorted by offset.
PYCONV_API std::vector<Edit> collectEdits(const std::vector<Diagnostic>& diagnostics,
                                          const std::vector<std::size_t>& selected);

// Applies non-overlapping edits sorted by offset.
PYCONV_API std::string applyEdits(std::string_view text, const std::vector<Edit>& edits);

// Where byte `offset` of a text is after applyEdits(text, edits): moved by the edits before it; an
// offset inside a replaced range goes to the start of its replacement, one at an edit's start stays
// before what the edit inserts.
PYCONV_API uint32_t offsetAfterEdits(uint32_t offset, const std::vector<Edit>& edits);

}  // namespace pyconv
