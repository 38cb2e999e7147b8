#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch's `x.norm(p=2, dim=-1, keepdim=True)` has no MindSpore method of the same signature: a
// MindSpore 2.7 Tensor's `norm` takes `ord` (and reads `ord=2` over two dimensions as a matrix
// norm, where torch's numeric `p` is always a vector norm). `mint.norm(x, ...)` takes torch's
// signature and meaning, so the call becomes `mint.norm(x, <the same arguments>)`. Receivers by
// the heuristic of TensorReceivers.hpp; Unsafe for that reason. Doc: docs/api-tensor-norm.md.
class ApiTensorNormCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
