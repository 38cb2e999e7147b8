#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch's ModuleList takes any iterable of modules (`nn.ModuleList(Layer(c) for _ in range(n))`);
// MindSpore's CellList refuses a generator ("should be instance of list"). The generator argument
// becomes a list comprehension, which both accept. Doc: docs/api-celllist-generator.md.
class ApiCellListGeneratorCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
