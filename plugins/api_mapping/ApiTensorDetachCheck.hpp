#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// A MindSpore 2.7 Tensor has no `detach`; `x.detach()` becomes
// `ops.stop_gradient(x)`, which keeps torch's meaning (no gradient flows back through the value).
// Not `.clone()`, which neither stops gradients nor has a CPU kernel in 2.7.
// Receivers by the heuristic of TensorReceivers.hpp; Unsafe for that reason.
// Doc: docs/api-tensor-detach.md.
class ApiTensorDetachCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
