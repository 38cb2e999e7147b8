#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// Decorators that only tell torch how to script or compile a function (`@torch.jit.script`,
// `@torch.jit.ignore`, `@torch.jit.unused`, `@torch.compile(...)`, `@torch.compiler.disable`,
// `@torch._dynamo.disable`) are removed: the function then runs as its Python code says, which is
// what it computes under torch too. Doc: docs/api-compile-decorator.md.
class ApiCompileDecoratorCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
