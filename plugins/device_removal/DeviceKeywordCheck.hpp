#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// `device=` and `device_type=` keyword arguments of any call (`torch.arange(n, device=d)` ->
// `torch.arange(n)`), any layout. Safe on torch functions; on other callees the argument may be
// required, so Unsafe. `.to(...)` belongs to device-to. Doc: docs/device-keyword.md.
class DeviceKeywordCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
