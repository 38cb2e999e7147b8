#pragma once
#include <pyconv/Check.hpp>

namespace team {

// `to_device(x, device)` from teamlib.torch_utils -> `x`: MindSpore places tensors itself.
// Doc: docs/team-to-device.md.
class TeamToDeviceCheck final : public pyconv::Check {
 public:
  using Check::Check;
  static pyconv::CheckSpec spec();
  void registerMatchers(pyconv::MatchFinder& finder) override;
  void check(const pyconv::MatchResult& result) override;
};

}  // namespace team
