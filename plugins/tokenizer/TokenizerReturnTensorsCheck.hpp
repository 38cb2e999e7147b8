#pragma once
#include <pyconv/Check.hpp>

namespace pyconv::tokenizer {

// `return_tensors="pt"` -> `"np"`, as a keyword argument in code and on the doctest
// example lines (`>>>`, `...`, ``` fences) of strings. Doc: docs/tokenizer-return-tensors.md.
class TokenizerReturnTensorsCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
};

}  // namespace pyconv::tokenizer
