#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch's meshgrid takes its tensors as arguments or as one list (`meshgrid([h, w], indexing="ij")`);
// MindSpore's `mint.meshgrid(*tensors, indexing=None)` only as arguments and refuses the list. A
// literal list or tuple given as the only positional argument is spread into arguments, for
// torch.meshgrid and transformers' own `meshgrid` helper (pytorch_utils). Doc: docs/api-meshgrid.md.
class ApiMeshgridCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
