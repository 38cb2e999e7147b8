#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// The hand-off list: every device reference still in the code, whatever the other checks did —
// the names `device` and `device_type`, `.to(...)` with a device argument, `torch.device`,
// `torch.cuda.*`, `.cuda(`/`.cpu(` calls. Strings and comments are not code. No fix.
// Doc: docs/device-residual.md.
class DeviceResidualCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
  void onStartOfPass(FileContext& file) override;
  void onEndOfPass(FileContext& file) override;

 private:
  struct Finding {
    Node node;
    std::string what;
  };
  std::vector<Finding> findings_;
};

}  // namespace pyconv::device_removal
