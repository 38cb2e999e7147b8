#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// E-08: `x.clone(memory_format=...)` -> `x.clone()`. MindSpore tensors have no memory formats
// (Tensor.clone takes no argument in 2.7.1), and a clone is contiguous either way. Unsafe: whether
// `x` is a tensor is the heuristic of TensorReceivers.hpp. Doc: docs/api-tensor-clone.md.
class ApiTensorCloneCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
