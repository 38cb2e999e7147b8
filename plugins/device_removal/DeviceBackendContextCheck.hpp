#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// `with torch.backends.cudnn.flags(...):`, `torch.backends.cuda.sdp_kernel(...)`,
// `torch.nn.attention.sdpa_kernel(...)`, `torch.cuda.device(d)`: a context that picks which CUDA
// device or kernel computes the body is unwrapped; the body runs as it is.
// Doc: docs/device-backend-context.md.
class DeviceBackendContextCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
