#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// a Cell's `forward` is its `construct`. Renames `def forward` in classes that derive from
// torch.nn.Module / mindspore.nn.Cell (directly, through torch/mint layer classes, through HF's
// PreTrainedModel or GradientCheckpointingLayer, or through a class of the same file that does),
// and `super().forward(...)` / `self.forward(...)` inside them. Names that merely contain
// "forward" (eager_attention_forward, apply_chunking_to_forward) are other names and stay.
// Doc: docs/api-forward.md.
class ApiForwardCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
