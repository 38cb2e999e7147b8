#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// Branches on the device keep the path MindSpore takes: `x.device.type == "cuda"` (or "meta",
// "mps", ...) is false and `!=` true, `x.is_cuda` and `torch.cuda.is_available()` are false;
// `not`, `and`, `or` combine them. Applies to `if` statements (elif/else handled) and to
// `a if cond else b`. A test on "cpu" is left alone: MindSpore may run on any device.
// Doc: docs/device-branch.md.
class DeviceBranchCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
