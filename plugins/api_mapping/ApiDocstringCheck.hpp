#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// in docstrings only (the first string of a module, class or function): the types
// `torch.Tensor`, `torch.LongTensor`, `torch.FloatTensor`, ... become `mindspore.Tensor`, and the
// word "PyTorch" becomes "MindSpore", except on lines about torch weights or checkpoints (which
// stay true: the converted model loads the torch weights). No other string or comment changes.
// Doc: docs/api-docstring.md.
class ApiDocstringCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
