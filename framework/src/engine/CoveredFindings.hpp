#pragma once
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"

namespace pyconv {

// Drops each finding without a fix whose range another check's fix edits: the same reference,
// already reported with the change that converts it (an `api-residual` "torch.ones is left" under
// `api-map`'s "use mint.ones"; a `device-residual` under `device-to`). On the whole transformers
// tree these were 73,028 of the 74,679 findings without a fix; the rest stay, since no fix
// touches them. Returns how many were dropped.
PYCONV_API std::size_t dropCoveredFindings(std::vector<Diagnostic>& diagnostics);

}  // namespace pyconv
