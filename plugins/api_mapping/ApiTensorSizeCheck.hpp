#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// MindSpore's `Tensor.size` is the element count (an int property), so torch's
// `x.size()` is `x.shape` and `x.size(i)` / `x.size(dim=i)` is `x.shape[i]`. Whether `x` is a
// tensor is the heuristic of TensorReceivers.hpp; Unsafe for that reason. Doc: docs/api-tensor-size.md.
class ApiTensorSizeCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
