#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// E-19: a `torch.autograd.Function` subclass becomes a Cell: its static `forward(ctx, ...)` is
// `construct(self, ...)`, its static `backward(ctx, grad)` is `bprop(self, <inputs>, out, grad)`,
// `ctx` is `self` (`ctx.save_for_backward(a, b)` -> `self.saved_tensors = (a, b)`), and
// `Fn.apply(x)` is `Fn()(x)`. The base class itself is api-map's (torch.autograd.Function ->
// nn.Cell). Unsafe: attribute stores in construct only work in PyNative mode, and a Function
// using a context feature a Cell lacks is reported without a fix. Doc: docs/api-autograd-function.md.
class ApiAutogradFunctionCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
