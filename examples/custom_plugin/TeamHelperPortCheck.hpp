#pragma once
#include <pyconv/Check.hpp>

#include <string>
#include <vector>

namespace team {

// `from teamlib.torch_utils import a, b` -> `from teamlib.ms_utils import a, b` when the team has
// ported every name imported; otherwise each name without a port is reported. The modules and the
// ported names are options. Doc: docs/team-helper-port.md.
class TeamHelperPortCheck final : public pyconv::Check {
 public:
  using Check::Check;
  static pyconv::CheckSpec spec();
  void registerMatchers(pyconv::MatchFinder& finder) override;
  void check(const pyconv::MatchResult& result) override;

 private:
  std::string torchModule_, portModule_;
  std::vector<std::string> ported_;
};

}  // namespace team
