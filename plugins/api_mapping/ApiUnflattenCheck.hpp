#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// MindSpore 2.7.1 has neither `mint.unflatten` nor `Tensor.unflatten`.
// `torch.unflatten(x, dim, sizes)` and `x.unflatten(dim, sizes)` call a module-level helper
// `unflatten(input, dim, sizes)` that reshapes to `shape[:dim] + sizes + shape[dim + 1:]` (inserted
// once per file). Safe for the torch function, Unsafe for the method (tensor receivers by
// heuristic). Doc: docs/api-unflatten.md.
class ApiUnflattenCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
