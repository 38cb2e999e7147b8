#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::grad_checkpoint {

// the branch of `if self.gradient_checkpointing and self.training:` (any order, more terms,
// in loops, as an `elif`) that actually calls a checkpoint function gets
// `raise NotImplementedError("Gradient checkpointing is not supported in MindSpore.")` as its body;
// the plain path is untouched. Blocks that only switch `use_cache` off call no checkpoint
// function and are left alone. Option Mode: raise (default) | recompute (each checkpoint call
// becomes a direct call, and the cell must be marked with Cell.recompute(): Unsafe).
// Doc: docs/grad-checkpoint-branch.md.
class GradCheckpointBranchCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  bool recompute_ = false;
};

}  // namespace pyconv::grad_checkpoint
