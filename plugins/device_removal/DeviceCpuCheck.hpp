#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// Host transfers: `.cpu()` and `.pin_memory()` go; `.numpy()` -> `.asnumpy()` (so `.cpu().numpy()`
// -> `.asnumpy()`). Doc: docs/device-cpu.md.
class DeviceCpuCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
