#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::tokenizer {

// the NumPy arrays a tokenizer/processor returns are wrapped in `ms.Tensor` where they reach
// a model call (a callee whose name contains "model"): `model(**inputs)` ->
// `model(**{k: ms.Tensor(v) for k, v in inputs.items()})`, `model(input_ids=inputs.input_ids)` ->
// `model(input_ids=ms.Tensor(inputs.input_ids))`; never twice. In code and in docstring examples
// (which then get `>>> import mindspore as ms`). Doc: docs/tokenizer-tensor-wrap.md.
class TokenizerTensorWrapCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::tokenizer
