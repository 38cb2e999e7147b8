#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// Every MindSpore name a file uses must exist in the target MindSpore: a use (a dotted chain
// through the file's imports, as api-residual counts torch uses) or an import
// (`from mindspore.mint import x`) naming something a MindSpore namespace does not have is
// reported. The names come from data/runtime/mindspore-<version>/public_names.tsv, measured from
// the pinned wheel and compiled into the plugin. No fix: what the name should be is a person's call.
// Doc: docs/api-unknown-name.md.
class ApiUnknownNameCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
