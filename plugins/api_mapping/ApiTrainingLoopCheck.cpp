#include "ApiTrainingLoopCheck.hpp"

#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>

#include "TensorReceivers.hpp"
#include "TorchReferences.hpp"

namespace pyconv::api_mapping {
namespace {

constexpr const char* kHowMindSporeTrains =
    "; MindSpore takes gradients with ms.value_and_grad and applies them with optimizer(grads): port the training "
    "loop by hand";

}  // namespace

CheckSpec ApiTrainingLoopCheck::spec() {
  return {.name = "api-training-loop",
          .summary = "reports `torch.optim.*`, `.backward()`, `.zero_grad()` for a person (no fix)",
          .phase = CheckPhase::Rewrite};
}

void ApiTrainingLoopCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, kTorchHeadQuery, "optim");
  for (const char* method : {"backward", "zero_grad"}) {
    finder.addQuery(*this,
                    std::string("(call function: (attribute object: (_) @receiver attribute: (identifier) @method"
                                " (#eq? @method \"") + method + "\"))) @call",
                    std::string(".") + method + "(");
  }
}

void ApiTrainingLoopCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  if (const Node head = result.node("head")) {
    const auto use = torchUse(head, semantic);
    if (use && (use->qualified == "torch.optim" || use->qualified.starts_with("torch.optim."))) {
      report(result.file, use->chain, "'" + use->qualified + "' belongs to the training loop" + kHowMindSporeTrains);
    }
    return;
  }
  // `torch.autograd.backward(...)` is a torch name (api-residual lists it); a module or a class of
  // the file is not a tensor, a model or an optimizer.
  if (certainlyNotInstance(result.node("receiver"), semantic)) return;
  report(result.file, result.node("method"),
         "'." + std::string(result.node("method").text()) + "()' belongs to the training loop" + kHowMindSporeTrains);
}

}  // namespace pyconv::api_mapping
