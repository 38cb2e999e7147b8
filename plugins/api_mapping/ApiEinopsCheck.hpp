#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// einops `rearrange(x, "pattern", **sizes)` and `repeat(...)` with a literal pattern become
// reshape / permute / broadcast_to on the tensor, with the original call kept as a comment above
// the statement. Patterns with `...`, numbers, or an axis whose size cannot be told, and calls whose
// tensor is not a plain name or attribute (it is evaluated more than once), are reported without
// a fix. Parsing and translation: EinopsPattern.{hpp,cpp}. Doc: docs/api-einops.md.
class ApiEinopsCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
