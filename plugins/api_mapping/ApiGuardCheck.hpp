#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// Guards on the torch backend keep the branch MindSpore takes: the probes of BackendProbes.hpp
// (`is_torch_flex_attn_available()`, `is_deepspeed_zero3_enabled()`, `torch.jit.is_tracing()`, ...)
// are false (with `not`/`and`/`or`), in `if` statements and `a if cond else b`; elsewhere the
// boolean expression around a probe becomes its value. A condition that stays unknown loses its
// guards in place (`A and not torch.jit.is_tracing()` -> `A`). Doc: docs/api-guard.md.
class ApiGuardCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  void simplifyInPlace(FileContext& file, Node condition, const std::string& text) const;
  void checkProbeValue(const MatchResult& result) const;
  void dropElif(FileContext& file, Node probe, Node clause) const;
};

}  // namespace pyconv::api_mapping
