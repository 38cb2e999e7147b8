#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::device_removal {

// HF's deprecated naive model parallelism over CUDA devices (gpt2, t5, ...): the bodies of
// `parallelize`/`deparallelize` methods become `raise NotImplementedError(...)` (docstring kept),
// and since `self.model_parallel` can then never be true, `if self.model_parallel:` blocks keep
// only their false path. Doc: docs/device-model-parallel.md.
class DeviceModelParallelCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::device_removal
