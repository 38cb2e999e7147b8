#pragma once
#include <optional>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

// More worker threads than this is a typo, not a machine: each worker holds its own parser and
// check instances, so an absurd count would exhaust memory before doing any work.
inline constexpr unsigned kMaxJobs = 1024;

// The value of -j/--jobs: a whole number in [0, kMaxJobs], 0 meaning one worker per core (as in
// ninja and ruff). Parsed as signed so "-1" is refused instead of wrapping to 4294967295.
// Returns nullopt for anything else.
PYCONV_API std::optional<unsigned> parseJobs(std::string_view text);

}  // namespace pyconv
