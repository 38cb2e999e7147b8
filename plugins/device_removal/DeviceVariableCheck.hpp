#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// Statements that only compute a device nobody uses any more: `device = x.device`,
// `device_type = x.device.type if ... else "cpu"`, and in `dtype, device = t.dtype, t.device`
// the device half. A variable still read somewhere stays (device-residual names it).
// Doc: docs/device-variable.md.
class DeviceVariableCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
