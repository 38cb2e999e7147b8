#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// `x.cuda()` -> `x`; a statement that only moves a named object (`model.cuda()`) goes entirely.
// Doc: docs/device-cuda.md.
class DeviceCudaCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
