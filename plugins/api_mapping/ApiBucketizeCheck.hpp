#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// torch.bucketize takes its boundaries as a 1-D tensor; MindSpore's ops.bucketize (api-map's
// target) as a list of floats ("the type of 'boundaries[0]' should be 'float', but got type
// 'Tensor'"), with the same buckets for both `right` values (measured). The boundaries of an
// ops.bucketize call become `list(map(float, boundaries))`, which holds for a tensor and for a
// list alike. Safe: MindSpore accepts nothing else there. Doc: docs/api-bucketize.md.
class ApiBucketizeCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
