#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::init_rewrite {

// calls of the torch.nn.init family (through any import: `nn.init.normal_`,
// `from torch.nn import init`, `torch.nn.init.xavier_uniform_`) call a module-level helper of the
// same name and signature, inserted once per file, built on Parameter.set_data(initializer(...)).
// Doc: docs/init-nn-init.md.
class InitNnInitCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::init_rewrite
