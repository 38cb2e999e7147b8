#include "ApiTensorNewCheck.hpp"

#include <string>
#include <vector>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {

void ApiTensorNewCheck::registerMatchers(MatchFinder& finder) {
  for (const char* method : {"new_zeros", "new_ones", "new_empty"}) {
    finder.addQuery(*this, tensorMethodCallQuery(method), std::string(".") + method + "(");
  }
}

void ApiTensorNewCheck::check(const MatchResult& result) {
  if (certainlyNotTensor(result.node("receiver"), result.file.semantic())) return;
  std::vector<Node> positional;
  for (Node arg : result.node("args").namedChildren()) {
    if (arg.kind() == "comment" || arg.kind() == "keyword_argument" || arg.kind() == "dictionary_splat") continue;
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
