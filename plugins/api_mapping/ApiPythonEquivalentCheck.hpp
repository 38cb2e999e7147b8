#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch names that are plain Python values: `torch.inf`, `torch.nan`, `torch.pi`, `torch.e` are
// `math.inf`, ... (the same floats; Safe), and `torch.Size` is the tuple MindSpore uses for shapes
// (`tuple`: Safe in annotations, Unsafe elsewhere, where a torch.Size's own methods are lost).
// Doc: docs/api-python-equivalent.md.
class ApiPythonEquivalentCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
