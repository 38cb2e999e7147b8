#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// `torch.get_default_dtype()` asks torch's global default floating dtype. MindSpore has no such
// setting: a float tensor made without a dtype is float32. The call becomes `ms.float32`, an
// Unsafe fix, because the torch value can differ (transformers sets torch's default while it
// builds a model loaded with a dtype). Doc: docs/api-default-dtype.md.
class ApiDefaultDtypeCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
