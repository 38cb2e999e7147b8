#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// Statements that only inform torch's compiler or tracer and return nothing the code uses —
// `torch._dynamo.mark_static_address(t)`, `torch._dynamo.mark_dynamic(t, d)`,
// `torch.fx.wrap("f")`, `f = torch.fx.wrap(f)` — are removed. Decorators are
// api-compile-decorator's. Doc: docs/api-compile-hint.md.
class ApiCompileHintCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
