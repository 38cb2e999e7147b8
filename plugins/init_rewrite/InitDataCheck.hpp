#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::init_rewrite {

// The `.data` idioms of `_init_weights`: `p.data.normal_(mean=, std=)` -> `normal_(p, mean=, std=)`,
// `.data.zero_()` -> `constant_(p, 0.0)`, `.data.fill_(v)` -> `constant_(p, v)`,
// `.data.uniform_(a, b)` -> `uniform_(p, a, b)`, `.data.copy_(t)` and `p.data = t` ->
// `p.set_data(t)`, `p.data[i].zero_()` -> `p[i] = 0.0`. Doc: docs/init-data.md.
class InitDataCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::init_rewrite
