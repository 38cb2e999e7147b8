#pragma once
#include <pyconv/Check.hpp>
#include <pyconv/Node.hpp>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace pyconv::device_removal {

struct CallSite {
  Node call, function, arguments;
};
// The file's calls by callee: `f(...)` under "f", `self.m(...)` under "m".
struct CallIndex {
  std::unordered_map<std::string, std::vector<CallSite>> names, selfMethods;
};

// A `device` parameter of a def goes, with its annotation and docstring entry, the matching
// argument at every call site in the file, and every place the function passes it on
// (`rope_init_fn(self.config, device)` -> `rope_init_fn(self.config)`). When the parameter is
// used in a way no rule can remove, the finding has no fix. Doc: docs/device-parameter.md.
class DeviceParameterCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void onStartOfPass(FileContext& file) override;
  void check(const MatchResult& result) override;

 private:
  const CallIndex& callsOf(FileContext& file);
  std::optional<CallIndex> calls_;  // this pass's, built when a def first needs it
};

}  // namespace pyconv::device_removal
