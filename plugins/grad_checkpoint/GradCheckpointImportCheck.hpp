#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::grad_checkpoint {

// Checkpoint-only imports: `import torch.utils.checkpoint` once nothing uses
// torch.utils.checkpoint (and `torch` stays bound by another import or is not used), and
// `from torch.utils.checkpoint import checkpoint` once its name is unused.
// Doc: docs/grad-checkpoint-import.md.
class GradCheckpointImportCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::grad_checkpoint
