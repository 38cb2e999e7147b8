#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch Module methods that change a module and that MindSpore's Cell lacks, called through a
// helper written into the file: `m.requires_grad_(flag)` (also a Parameter's; a Cell has none)
// and `m.add_module(name, child)` (a SequentialCell must also run the child, in order), also
// written as `m._modules[name] = child`; other uses of torch's `_modules` are `_cells`. Unsafe:
// the receiver is a module or parameter only by the method's name. Doc: docs/api-module-helpers.md.
class ApiModuleHelpersCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  // `m._modules[name] = child` through _add_module; any other `m._modules` is `m._cells`.
  void checkModulesDict(const MatchResult& result);
};

}  // namespace pyconv::api_mapping
