#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// A `device` parameter of a def goes, with its annotation and docstring entry, the matching
// argument at every call site in the file, and every place the function passes it on
// (`rope_init_fn(self.config, device)` -> `rope_init_fn(self.config)`). When the parameter is
// used in a way no rule can remove, the finding has no fix. Doc: docs/device-parameter.md.
class DeviceParameterCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
