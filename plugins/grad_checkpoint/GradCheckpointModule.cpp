// The grad_checkpoint family: gradient checkpointing.
#include <pyconv/PluginExport.hpp>

#include "GradCheckpointBranchCheck.hpp"
#include "GradCheckpointCallCheck.hpp"
#include "GradCheckpointImportCheck.hpp"

namespace pyconv::grad_checkpoint {

class GradCheckpointModule final : public Module {
 public:
  void addCheckFactories(CheckFactories& factories) override {
    factories.add<GradCheckpointBranchCheck>("grad-checkpoint-branch", "the checkpointing branch raises NotImplementedError");
    factories.add<GradCheckpointCallCheck>("grad-checkpoint-call", "checkpoint calls outside such a branch raise");
    factories.add<GradCheckpointImportCheck>("grad-checkpoint-import", "removes checkpoint-only imports");
  }
};

}  // namespace pyconv::grad_checkpoint

PYCONV_PLUGIN(pyconv::grad_checkpoint::GradCheckpointModule, "grad_checkpoint", "0.1.0")
