#include "ApiTensorNewCheck.hpp"

#include <string>
#include <vector>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "Spelling.hpp"
#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {

CheckSpec ApiTensorNewCheck::spec() {
  return {.name = "api-tensor-new",
          .summary = "`x.new_zeros(2, 3)` -> `x.new_zeros((2, 3))` (and `new_ones`, `new_empty`; Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiTensorNewCheck::registerMatchers(MatchFinder& finder) {
  for (const char* method : {"new_zeros", "new_ones", "new_empty", "new_tensor", "new_full"}) {
    finder.addQuery(*this, tensorMethodCallQuery(method), std::string(".") + method + "(");
  }
}

// `x.new_tensor(data, dtype=d)` -> `ms.tensor(data, dtype=d)`; without a dtype, x's. MindSpore's
// Tensor has no new_tensor; device=/requires_grad= have no MindSpore meaning here and go.
void ApiTensorNewCheck::checkNewTensor(const MatchResult& result) {
  const Node receiver = result.node("receiver");
  std::string data, dtype;
  for (Node arg : result.node("args").namedChildren()) {
    if (arg.is(syntax::Kind::Comment) || arg.is(syntax::Kind::ListSplat) || arg.is(syntax::Kind::DictionarySplat)) return;
    if (arg.syntaxKind() != syntax::Kind::KeywordArgument) {
      if (!data.empty()) return;  // torch takes one positional argument
      data = std::string(arg.text());
    } else if (arg.field(syntax::Field::Name).text() == "dtype") {
      dtype = std::string(arg.field(syntax::Field::Value).text());
    } else if (arg.field(syntax::Field::Name).text() == "data") {
      data = std::string(arg.field(syntax::Field::Value).text());
    }
  }
  if (data.empty()) return;
  const Spelling tensor = spellAlone("mindspore.tensor", result.file.semantic());
  if (dtype.empty()) dtype = std::string(receiver.text()) + ".dtype";
  const Node call = result.node("call");
  report(result.file, result.node("method"), "MindSpore's Tensor has no new_tensor: a tensor of the data in x's dtype",
         Fix{"use " + tensor.text, Applicability::Unsafe,
             {Edit{call.begin(), call.end(), tensor.text + "(" + data + ", dtype=" + dtype + ")"}}, {tensor.need}});
}

// `x.new_full(size, value)` -> `mint.full(size, value, dtype=x.dtype)`: MindSpore 2.7.1's
// Tensor.new_full runs on Ascend only ("new_full method support Ascend only").
void ApiTensorNewCheck::checkNewFull(const MatchResult& result) {
  const Node receiver = result.node("receiver");
  const std::string message = "MindSpore's Tensor.new_full runs on Ascend only: mint.full in x's dtype";
  std::vector<std::string> positional;
  std::string dtype;
  bool rebuildable = true;  // a comment, an unpacked argument or a size by keyword: a person writes it
  for (Node arg : result.node("args").namedChildren()) {
    if (arg.is(syntax::Kind::Comment) || arg.is(syntax::Kind::ListSplat) || arg.is(syntax::Kind::DictionarySplat)) {
      rebuildable = false;
    } else if (arg.syntaxKind() != syntax::Kind::KeywordArgument) {
      positional.push_back(std::string(arg.text()));
    } else if (arg.field(syntax::Field::Name).text() == "dtype") {
      dtype = std::string(arg.field(syntax::Field::Value).text());
    } else if (arg.field(syntax::Field::Name).text() == "size" || arg.field(syntax::Field::Name).text() == "fill_value") {
      rebuildable = false;
    }  // device=, requires_grad=, layout=, pin_memory=: no MindSpore meaning here
  }
  if (!rebuildable || positional.size() != 2) return report(result.file, result.node("method"), message);
  const Spelling full = spellAlone("mindspore.mint.full", result.file.semantic());
  if (dtype.empty()) dtype = std::string(receiver.text()) + ".dtype";
  const Node call = result.node("call");
  report(result.file, result.node("method"), message,
         Fix{"use " + full.text, Applicability::Unsafe,
             {Edit{call.begin(), call.end(), full.text + "(" + positional[0] + ", " + positional[1] + ", dtype=" + dtype + ")"}},
             {full.need}});
}

void ApiTensorNewCheck::check(const MatchResult& result) {
  if (certainlyNotTensor(result.node("receiver"), result.file.semantic())) return;
  if (result.node("method").text() == "new_tensor") return checkNewTensor(result);
  if (result.node("method").text() == "new_full") return checkNewFull(result);
  std::vector<Node> positional;
  for (Node arg : result.node("args").namedChildren()) {
    if (arg.is(syntax::Kind::Comment) || arg.is(syntax::Kind::KeywordArgument) || arg.is(syntax::Kind::DictionarySplat)) continue;
    positional.push_back(arg);
  }
  const auto tuple = sizeAsTuple(positional);
  if (!tuple) return;
  const Node method = result.node("method");
  report(result.file, method,
         "MindSpore's Tensor." + std::string(method.text()) + " takes the size as one tuple",
         Fix{"pass the size as a tuple", Applicability::Unsafe, {*tuple}, {}});
}

}  // namespace pyconv::api_mapping
