#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// `.to(...)` with a device: `x.to(device)` -> `x`, `t.to(device, dtype)` -> `t.to(dtype)`,
// `.to(device=d, dtype=dt)` -> `.to(dtype=dt)`, the transfer flag `non_blocking` goes too;
// `x = x.to(device)` disappears. Doc: docs/device-to.md.
class DeviceToCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
