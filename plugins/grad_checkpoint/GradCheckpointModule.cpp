// The grad_checkpoint family: gradient checkpointing.
#include <pyconv/PluginExport.hpp>

#include "GradCheckpointBranchCheck.hpp"
#include "GradCheckpointCallCheck.hpp"
#include "GradCheckpointImportCheck.hpp"

namespace pyconv::grad_checkpoint {

class GradCheckpointModule final : public Module {
 public:
  void addCheckFactories(CheckFactories& factories) override {
    factories.add<GradCheckpointBranchCheck>();
    factories.add<GradCheckpointCallCheck>();
    factories.add<GradCheckpointImportCheck>();
  }
};

}  // namespace pyconv::grad_checkpoint

PYCONV_PLUGIN(pyconv::grad_checkpoint::GradCheckpointModule, "grad_checkpoint", "0.1.0")
