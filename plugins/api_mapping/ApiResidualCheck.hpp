#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// The hand-off list of the api family: every torch reference still in the code (a maximal
// dotted chain through the file's imports, as pyconv/PackageUses.hpp defines a use), whatever the other
// checks did. No fix. Doc: docs/api-residual.md.
class ApiResidualCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
