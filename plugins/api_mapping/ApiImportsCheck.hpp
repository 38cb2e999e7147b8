#pragma once
#include <pyconv/Check.hpp>

#include <functional>
#include <string>

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
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  void checkMindoneImport(const MatchResult& result);
  // Rewrites one import of transformers module `path` (written as `moduleNode`); `newModuleFor`
  // spells mindone's module for it (empty: keep the text). `package`: this file's, when it is in
  // the transformers tree (its own model's sibling modules stay).
  void convertImport(const MatchResult& result, Node moduleNode, const std::string& path, const std::string& package,
                     const std::function<std::string(const std::string&)>& newModuleFor);
  bool absolute_ = false;
};

}  // namespace pyconv::api_mapping
