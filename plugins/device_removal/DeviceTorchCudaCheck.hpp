#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// `torch.cuda.*` calls: a statement that only calls one (`torch.cuda.empty_cache()`,
// `torch.cuda.set_device(d)`) goes; one used for its value is reported for a person.
// `torch.cuda.is_available()` conditions belong to device-branch. Doc: docs/device-torch-cuda.md.
class DeviceTorchCudaCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
