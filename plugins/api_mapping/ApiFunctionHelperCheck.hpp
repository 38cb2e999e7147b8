#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch functions with no MindSpore counterpart that a few lines of mint compute exactly:
// `torch.nn.utils.rnn.pad_sequence` and `torch.isin`. Each reference becomes a module-level
// helper with torch's signature (`_pad_sequence`, `_isin`). Doc: docs/api-function-helper.md.
class ApiFunctionHelperCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
