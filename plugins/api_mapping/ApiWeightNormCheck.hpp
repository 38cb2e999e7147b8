#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch's weight normalisation (`nn.utils.parametrizations.weight_norm(conv, name="weight",
// dim=2)`, and the older `nn.utils.weight_norm`) has no MindSpore counterpart that keeps torch's
// parameter names. Each reference becomes a module-level helper that reparametrises the Cell the
// same way, under the same names (`parametrizations.weight.original0/1`, or `weight_g`/`weight_v`),
// so torch checkpoints load by name; `nn.utils.remove_weight_norm` becomes the helper that undoes
// the older one; `hasattr(nn.utils.parametrizations, "weight_norm")`, torch's version probe,
// becomes True. Doc: docs/api-weight-norm.md.
class ApiWeightNormCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
