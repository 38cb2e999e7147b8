#pragma once
// Grad and precision contexts: each a small check.
#include <pyconv/Check.hpp>

namespace pyconv::api_mapping {

// `with torch.no_grad():` / `torch.inference_mode()` -> `with ms._no_grad():`; `@torch.no_grad()`
// decorators are removed (MindSpore records no graph for plain forward calls).
// Doc: docs/api-no-grad.md.
class ApiNoGradCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

// `with torch.autocast(..., enabled=False):` (also torch.amp / torch.cuda.amp) is unwrapped: its
// body runs as it is. An autocast that is on is reported for a person. Doc: docs/api-autocast.md.
class ApiAutocastCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

// `torch.finfo(dtype).min` / `.max` -> `float(dtype_to_min(dtype))` / `float(dtype_to_max(dtype))`
// from mindone's adapter (a Python float, as torch gives); under `Target: mindspore` (no mindone)
// `float(np.finfo(ms.dtype_to_nptype(dtype)).min)`. Other fields are reported.
// Doc: docs/api-finfo.md.
class ApiFinfoCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;

 private:
  bool mindsporeTarget_ = false;  // profile mindspore: numpy's finfo, no mindone helper
};

}  // namespace pyconv::api_mapping
