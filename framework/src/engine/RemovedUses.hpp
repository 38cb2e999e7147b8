#pragma once
#include <string>
#include <vector>

#include "pyconv/Fix.hpp"

namespace pyconv {

class LazySemanticModel;

// How many uses of `counted` (the package a conversion takes away, as its counting check declares
// it) the removal fixes of one iteration took away (Fix::removal: device plumbing, checkpoint
// calls, no_grad decorators, backend guards), for the conversion rate, which shows them apart from
// converted uses: the uses inside the removal edits' ranges of `before`, minus the uses inside
// their replacements in `after` (a fix that unwraps a block keeps the block's uses). `applied` is
// every edit of the iteration, sorted and non-overlapping; it places the replacements in `after`.
// Both parses come with the semantic models the fix passes share (the file's package in them).
long packageUsesRemoved(const LazySemanticModel& before, const LazySemanticModel& after, const std::vector<Edit>& applied,
                        const std::vector<Edit>& removals, const std::string& counted);

}  // namespace pyconv
