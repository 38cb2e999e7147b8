#include "ApiTensorCloneCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {

CheckSpec ApiTensorCloneCheck::spec() {
  return {.name = "api-tensor-clone",
          .summary = "`x.clone(memory_format=...)` -> `x.clone()` (Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiTensorCloneCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, tensorMethodCallQuery("clone"), "memory_format");
}

void ApiTensorCloneCheck::check(const MatchResult& result) {
  if (certainlyNotTensor(result.node("receiver"), result.file.semantic())) return;
  for (Node arg : result.node("args").namedChildren()) {
    if (arg.syntaxKind() != syntax::Kind::KeywordArgument || arg.field(syntax::Field::Name).text() != "memory_format") continue;
    const Edit edit = removeArgument(arg);
    report(result.file, arg, "MindSpore tensors have no memory format; a clone is contiguous",
           Fix{"drop memory_format", Applicability::Unsafe,
               {edit}, {}});
  }
}

}  // namespace pyconv::api_mapping
