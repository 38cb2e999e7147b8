#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// Guards on the torch backend keep the branch MindSpore takes: `is_torch_flex_attn_available()`
// and the other `is_torch_*_available()`, `is_torchdynamo_compiling()`, `is_torch_fx_proxy(x)`,
// `torch.jit.is_tracing()`, `torch.jit.is_scripting()`, `torch.compiler.is_compiling()` are false
// (with `not`/`and`/`or`), in `if` statements and `a if cond else b`. A condition that stays
// unknown loses its guards in place (`A and not torch.jit.is_tracing()` -> `A`). Doc: docs/api-guard.md.
class ApiGuardCheck final : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  void simplifyInPlace(FileContext& file, Node condition, const std::string& text) const;
};

}  // namespace pyconv::api_mapping
