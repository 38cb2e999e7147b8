#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch.nn.Module's iteration methods have other names on MindSpore's Cell:
// named_parameters -> parameters_and_names, parameters -> get_parameters, named_modules ->
// cells_and_names, named_children -> name_cells().items(), children -> cells, modules ->
// a generator over cells_and_names, eval()/train(mode) -> set_train(False)/set_train(mode) (on
// `self` and its attributes only). Whether the receiver is a module is not known at this level
// (imported modules and the file's classes and functions are ruled out), so the fixes are Unsafe. Doc: docs/api-module-methods.md.
class ApiModuleMethodsCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
