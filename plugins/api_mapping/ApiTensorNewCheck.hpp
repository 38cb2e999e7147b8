#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// E-05 for tensor methods: torch's `x.new_zeros(2, 3)` / `new_ones` / `new_empty` take the size as
// separate numbers too; MindSpore's take one tuple (the second number lands in `dtype`: "argument
// 'dtype' (position 2) must be mstype, not int"). The numbers become a tuple. Unsafe: whether `x`
// is a tensor is the heuristic of TensorReceivers.hpp. `x.new_tensor(data)`, which MindSpore's
// Tensor lacks, becomes `ms.tensor(data, dtype=x.dtype)`; `x.new_full(size, value)`, which it has on
// Ascend only, `mint.full(size, value, dtype=x.dtype)`. Doc: docs/api-tensor-new.md.
class ApiTensorNewCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  void checkNewTensor(const MatchResult& result);
  void checkNewFull(const MatchResult& result);
};

}  // namespace pyconv::api_mapping
