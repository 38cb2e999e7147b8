#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// Per imported name, from the catalog of the real packages: in a modeling file
// of the transformers package, `from ...X import a, b` keeps the names mindone.transformers.X
// provides (relative; `...pytorch_utils` becomes `...mindspore_utils`), moves framework-neutral
// names only transformers provides (configuration classes, docstring decorators) to
// `from transformers.X import ...`, drops decorators mindone lacks (`use_kernel_forward_from_hub`)
// with their uses, and reports any other name. Option AbsoluteImports: mindone imports become
// `from mindone.transformers.X import ...`. Doc: docs/api-imports.md.
class ApiImportsCheck final : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  void checkMindoneImport(const MatchResult& result);
  bool absolute_ = false;
};

}  // namespace pyconv::api_mapping
