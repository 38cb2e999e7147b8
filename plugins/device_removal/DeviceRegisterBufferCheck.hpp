#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// `self.register_buffer("name", t, persistent=False)` in a method other than `__init__`
// re-registers a tensor moved to a device: it becomes `self.name = t`.
// Doc: docs/device-register-buffer.md.
class DeviceRegisterBufferCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
