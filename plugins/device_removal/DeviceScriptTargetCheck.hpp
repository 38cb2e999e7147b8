#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// Profile `mindspore` (plain PyTorch scripts): a module-level device choice
// (`device = torch.device("cuda" if torch.cuda.is_available() else "cpu")`) becomes one
// `ms.set_device("<DeviceTarget>")` call (option DeviceTarget). Declared to run only with Target
// mindspore: in the mindone profile model files have no device choice to make.
// Doc: docs/device-script-target.md.
class DeviceScriptTargetCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  std::string deviceTarget_;
};

}  // namespace pyconv::device_removal
