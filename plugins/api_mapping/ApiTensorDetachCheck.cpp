#include "ApiTensorDetachCheck.hpp"

#include "Spelling.hpp"
#include "TensorReceivers.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Tree.hpp>

#include <string>

namespace pyconv::api_mapping {

CheckSpec ApiTensorDetachCheck::spec() {
  return {.name = "api-tensor-detach",
          .summary = "`x.detach()` -> `ops.stop_gradient(x)` (Unsafe: tensor receivers by heuristic)",
          .phase = CheckPhase::Rewrite};
}

void ApiTensorDetachCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, tensorMethodCallQuery("detach"), ".detach(");
}

void ApiTensorDetachCheck::check(const MatchResult& result) {
  const Node receiver = result.node("receiver");
  const SemanticModel& semantic = result.file.semantic();
  if (certainlyNotTensor(receiver, semantic)) return;
  const Node method = result.node("method"), call = result.node("call");
  const std::string message = "MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient";
  if (result.node("args").namedChildCount() != 0) return report(result.file, method, message);
  // Never a short name the file binds otherwise (`ops` may be a user variable): no torch name is
  // renamed by this fix, so no torch import can give its name up.
  const Spelling stopGradient = spellAlone("mindspore.ops.stop_gradient", semantic);
  report(result.file, method, message,
         Fix{"use ops.stop_gradient", Applicability::Unsafe,
             {{call.begin(), call.end(), stopGradient.text + "(" + std::string(receiver.text()) + ")"}},
             {stopGradient.need}});
}

}  // namespace pyconv::api_mapping
