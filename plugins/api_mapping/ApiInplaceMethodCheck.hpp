#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// In-place Tensor methods of torch that MindSpore 2.7.1's Tensor lacks while it has the
// out-of-place one (`unsqueeze_`, `triu_`, `bitwise_or_`, ...; `detach_`, whose out-of-place
// `detach` api-tensor-detach converts). A call that is a whole statement on a name,
// `mask.unsqueeze_(0)`, becomes `mask = mask.unsqueeze(0)`. Unsafe: another name for the same
// tensor no longer sees the change, and the receiver is a tensor by the heuristic of
// TensorReceivers.hpp. Doc: docs/api-inplace-method.md.
class ApiInplaceMethodCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
