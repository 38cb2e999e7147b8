#include "ApiDefaultDtypeCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include <string>

#include "Spelling.hpp"

namespace pyconv::api_mapping {

CheckSpec ApiDefaultDtypeCheck::spec() {
  return {.name = "api-default-dtype",
          .summary = "`torch.get_default_dtype()` -> `ms.float32` (MindSpore has no default dtype setting; Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiDefaultDtypeCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(call function: (_) @function arguments: (argument_list) @arguments) @call",
                  "get_default_dtype");
}

void ApiDefaultDtypeCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  const auto name = semantic.qualifiedName(result.node("function"));
  if (!name || *name != "torch.get_default_dtype" || result.node("arguments").namedChildCount() != 0) return;
  const Node call = result.node("call");
  const Spelling float32 = spellAlone("mindspore.float32", semantic);
  report(result.file, call, "MindSpore has no default dtype setting; its float tensors default to float32",
         Fix{"use " + float32.text, Applicability::Unsafe, {Edit{call.begin(), call.end(), float32.text}},
             {float32.need}});
}

}  // namespace pyconv::api_mapping
