#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch's reductions that also give indices (max/min over a dimension, topk, sort, median, mode,
// kthvalue, cummax, cummin) return a named tuple, read as `.values` / `.indices`; MindSpore's
// return a plain tuple. Position 0 and 1 mean the same in both, so `.values` becomes `[0]` and
// `.indices` `[1]`. Safe on a torch or MindSpore function; Unsafe on a method, whose receiver is a
// tensor only by the heuristic of TensorReceivers.hpp. Doc: docs/api-named-tuple-field.md.
class ApiNamedTupleFieldCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
