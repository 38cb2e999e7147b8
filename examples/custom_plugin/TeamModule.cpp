// The team's rule family: the helpers of its own torch utility module, teamlib.torch_utils.
#include <pyconv/PluginExport.hpp>

#include "TeamHelperPortCheck.hpp"
#include "TeamToDeviceCheck.hpp"

namespace team {

class TeamModule final : public pyconv::Module {
 public:
  void addCheckFactories(pyconv::CheckFactories& factories) override {
    factories.add<TeamHelperPortCheck>();
    factories.add<TeamToDeviceCheck>();
  }
};

}  // namespace team

PYCONV_PLUGIN(team::TeamModule, "team_checks", "1.0.0")
