#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// `F.scaled_dot_product_attention(q, k, v, attn_mask=, dropout_p=, is_causal=, scale=,
// enable_gqa=)` has no MindSpore 2.7.1 counterpart that runs on CPU; the call goes to a
// module-level helper written out with mint operations (inserted once per file) and gets
// `training=self.training` in a method (dropout only when training), `training=True` elsewhere
// (torch applies dropout whenever dropout_p > 0). Unsafe: a fully masked row gets uniform weights
// where torch gives NaN. Doc: docs/api-sdpa.md.
class ApiSdpaCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::api_mapping
