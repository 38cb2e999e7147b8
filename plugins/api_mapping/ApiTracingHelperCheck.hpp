#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// transformers helpers that differ from plain Python only while torch traces or compiles the model:
// `torch_int(x)` and `torch_float(x)` (a torch tensor while tracing) are `int(x)` (sic: transformers
// 4.57.1's torch_float returns int(x) outside tracing too), and
// `@compile_compatible_method_lru_cache(...)` (no cache while compiling) is `@lru_cache(...)` from
// functools. MindSpore never takes the torch path, and mindone 0.5.0 has none of the helpers. Only
// names imported from transformers (or mindone) are touched, and only where the file does not bind
// the replacement's name to something else. Doc: docs/api-tracing-helper.md.
class ApiTracingHelperCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
