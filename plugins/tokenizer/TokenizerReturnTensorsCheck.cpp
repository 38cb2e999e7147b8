#include "TokenizerReturnTensorsCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "DocExamples.hpp"

namespace pyconv::tokenizer {

CheckSpec TokenizerReturnTensorsCheck::spec() {
  return {.name = "tokenizer-return-tensors",
          .summary = "`return_tensors=\"pt\"` -> `\"np\"`",
          .phase = CheckPhase::Prepare};
}

void TokenizerReturnTensorsCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"q([(keyword_argument name: (identifier) @name value: (string (string_content) @value)
                                (#eq? @name "return_tensors") (#eq? @value "pt"))
                              (string) @string])q",
                  "return_tensors");
}

void TokenizerReturnTensorsCheck::check(const MatchResult& result) {
  if (const Node value = result.node("value")) {
    report(result.file, value, "MindSpore code takes NumPy arrays from tokenizers: return_tensors=\"np\"",
           Fix{"use \"np\"", Applicability::Safe, {{value.begin(), value.end(), "np"}}, {}});
    return;
  }
  const Node string = result.node("string");
  if (string.parent().is(syntax::Kind::KeywordArgument)) return;  // code, handled above
  auto edits = returnTensorsEdits(string);
  if (edits.empty()) return;
  report(result.file, string, "a docstring example asks the tokenizer for PyTorch tensors; MindSpore examples use \"np\"",
         Fix{"use \"np\" in the example", Applicability::Safe, std::move(edits), {}});
}

}  // namespace pyconv::tokenizer
