#pragma once
#include <cstddef>
#include <functional>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

// Given fixes that together make the text parse worse (`breaks(all)` is true), finds the ones to
// drop: bisection isolates fixes that break the syntax on their own; when only a combination
// breaks it, the fixes are added one at a time in order and each one that breaks is dropped.
// `breaks` applies a subset (indices into `fixes`, in order) and says if it parses worse.
PYCONV_API std::vector<std::size_t> findCulprits(
    const std::vector<std::size_t>& fixes, const std::function<bool(const std::vector<std::size_t>&)>& breaks);

}  // namespace pyconv
