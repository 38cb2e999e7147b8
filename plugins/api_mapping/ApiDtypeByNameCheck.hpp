#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// A dtype looked up by name, `getattr(torch, config.router_dtype)`: MindSpore names its dtypes as
// torch does, aliases included (float, half, double, long, int, bool), so the lookup moves to the
// mindspore module. Taken when the name is a string literal or an expression whose last name
// mentions "dtype"; Unsafe, because that is a reading of the name. Doc: docs/api-dtype-by-name.md.
class ApiDtypeByNameCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
