#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch replaces a registered buffer when a Tensor is assigned to its attribute
// (`self.x_min = self.x_min + x`); MindSpore 2.7.1's Cell.__setattr__ refuses it ("Buffer 'x_min'
// already exists in network, can not assign this type"). In a class that registers the buffer,
// `self.NAME = value` becomes `self.register_buffer("NAME", value)` and `self.NAME op= value`
// becomes `self.register_buffer("NAME", self.NAME op (value))`, with the registration's
// `persistent`. Safe when the class registers NAME unconditionally in __init__, else Unsafe (an
// assignment before a conditional registration made a plain attribute in torch).
// Doc: docs/api-buffer-assign.md.
class ApiBufferAssignCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
