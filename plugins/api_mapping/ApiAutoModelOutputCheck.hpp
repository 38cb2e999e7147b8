#pragma once
#include <pyconv/Check.hpp>

#include "SelfAttributes.hpp"

namespace pyconv::api_mapping {

// A sub-model built by the Auto classes (`self.language_model = AutoModel.from_config(...)`) is
// one of mindone's own ports after conversion, and those return a tuple unless the call says
// `return_dict=True` (mindone 0.5.0's defaults are False; transformers' are the configuration's
// True). Each call of such a sub-model in the class that reads it as a ModelOutput therefore gets
// `return_dict=True`. Doc: docs/api-auto-model-output.md.
class ApiAutoModelOutputCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void onStartOfPass(FileContext& file) override;
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  SelfAttributes attributes_;
};

}  // namespace pyconv::api_mapping
