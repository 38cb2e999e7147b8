#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// Training-loop constructs are reported for a person, never converted: optimizers and schedulers
// (`torch.optim.*`), `.backward()` and `.zero_grad()` calls. MindSpore trains another way
// (`grad_fn = ms.value_and_grad(forward, None, optimizer.parameters)`, then `optimizer(grads)`),
// so renaming the pieces one by one gives code that does not train. Doc: docs/api-training-loop.md.
class ApiTrainingLoopCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
