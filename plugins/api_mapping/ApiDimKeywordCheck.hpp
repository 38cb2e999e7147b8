#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch takes `axis=` as an alias of `dim=` (`torch.mean(x, axis=2, keepdim=True)`,
// `x.mean(axis=2)`); mint functions and MindSpore's torch-style Tensor methods take `dim` only,
// and `axis` with `keepdim` matches no MindSpore signature ("Failed calling mean with
// mean(axis=int, keepdim=bool)"). The keyword is renamed to `dim`: Safe in calls of torch (or
// already mapped mint) functions, where valid torch code can only have meant `dim`; Unsafe in
// tensor-method calls, whose receiver may be a numpy array (TensorReceivers.hpp). A few MindSpore
// Tensor methods (softmax, squeeze, amax, ...) take the dimension by position only: there the
// leading `dim=` or `axis=` keyword is dropped, leaving the value as the first argument.
// Doc: docs/api-dim-keyword.md.
class ApiDimKeywordCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
