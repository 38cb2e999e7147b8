#pragma once
#include <pyconv/Check.hpp>

#include "SelfAttributes.hpp"

namespace pyconv::api_mapping {

// `self.experts[i]`, where the class makes `self.experts` a ModuleList (CellList once converted)
// and `i` is the variable of a `for` loop over anything but `range(...)` (typically the rows of
// `mask.nonzero()`): torch indexes a ModuleList with a one-element tensor too (operator.index),
// MindSpore's CellList only with an int, so the index becomes `int(i)`. Unsafe: that the loop
// yields ints or one-element tensors is a heuristic. Doc: docs/api-celllist-index.md.
class ApiCellListIndexCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void onStartOfPass(FileContext& file) override;
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  SelfAttributes attributes_;
};

}  // namespace pyconv::api_mapping
