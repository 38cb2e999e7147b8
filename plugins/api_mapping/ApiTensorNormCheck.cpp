#include "ApiTensorNormCheck.hpp"

#include "Spelling.hpp"
#include "TensorReceivers.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Tree.hpp>

#include <string>

namespace pyconv::api_mapping {

CheckSpec ApiTensorNormCheck::spec() {
  return {.name = "api-tensor-norm",
          .summary = "`x.norm(p=2, dim=-1)` -> `mint.norm(x, p=2, dim=-1)` (MindSpore's method takes `ord`; Unsafe: tensor receivers by heuristic)",
          .phase = CheckPhase::Rewrite};
}

void ApiTensorNormCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, tensorMethodCallQuery("norm"), ".norm(");
}

void ApiTensorNormCheck::check(const MatchResult& result) {
  const Node receiver = result.node("receiver");
  const SemanticModel& semantic = result.file.semantic();
  // `torch.linalg.norm(...)`, `np.linalg.norm(...)`: a module's function, not a tensor's method.
  if (certainlyNotTensor(receiver, semantic) || certainlyNotInstance(receiver, semantic)) return;
  const Node method = result.node("method"), call = result.node("call"), args = result.node("args");
  const Spelling norm = spellAlone("mindspore.mint.norm", semantic);
  const std::string inner = argumentsText(args);
  const bool empty = args.namedChildCount() == 0;
  report(result.file, method, "MindSpore's Tensor.norm takes 'ord', not torch's 'p'; mint.norm takes torch's arguments",
         Fix{"use mint.norm", Applicability::Unsafe,
             {{call.begin(), call.end(), norm.text + "(" + std::string(receiver.text()) + (empty ? "" : ", ") + inner + ")"}},
             {norm.need}});
}

}  // namespace pyconv::api_mapping
