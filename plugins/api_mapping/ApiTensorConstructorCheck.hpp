#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch's typed constructors read their arguments two ways: integers are a shape
// (`torch.FloatTensor(hidden_size)`, values uninitialised), anything else is data
// (`torch.LongTensor([1, 2])`). MindSpore's Tensor reads an integer as a scalar and has no typed
// classes, so the call becomes a module-level helper that decides at run time, as torch does:
// `_legacy_tensor(ms.float32, hidden_size)`. Doc: docs/api-tensor-constructor.md.
class ApiTensorConstructorCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
