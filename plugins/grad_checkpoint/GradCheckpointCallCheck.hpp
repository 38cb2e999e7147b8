#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::grad_checkpoint {

// A checkpoint call outside a `gradient_checkpointing` branch (grad-checkpoint-branch handles
// those): the statement that makes it becomes `raise NotImplementedError(...)`.
// Doc: docs/grad-checkpoint-call.md.
class GradCheckpointCallCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::grad_checkpoint
