#include "ApiUnflattenCheck.hpp"

#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include "TensorReceivers.hpp"
#include "TorchReferences.hpp"

namespace pyconv::api_mapping {
namespace {

constexpr const char* kHelper =
    "def unflatten(input, dim, sizes):\n"
    "    # torch.unflatten (pyconv-tidy api-unflatten): split dimension `dim` into `sizes`.\n"
    "    dim = dim % input.ndim\n"
    "    return input.reshape(input.shape[:dim] + tuple(sizes) + input.shape[dim + 1:])\n";

const std::string kMessage = "MindSpore 2.7.1 has no unflatten; call a reshape helper";

}  // namespace

CheckSpec ApiUnflattenCheck::spec() {
  return {.name = "api-unflatten",
          .summary = "`torch.unflatten` / `x.unflatten` -> a reshape helper in the file",
          .phase = CheckPhase::Rewrite};
}

void ApiUnflattenCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, kTorchHeadQuery, "unflatten");
  finder.addQuery(*this, tensorMethodCallQuery("unflatten"), ".unflatten(");
}

void ApiUnflattenCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  if (const Node head = result.node("head")) {
    const auto use = torchUse(head, semantic);
    if (!use || use->qualified != "torch.unflatten") return;
    const Node call = use->chain.parent();
    if (call.syntaxKind() != syntax::Kind::Call || call.field(syntax::Field::Function) != use->chain) return report(result.file, use->chain, kMessage);
    return report(result.file, use->chain, kMessage,
                  Fix{"call the helper", Applicability::Safe, {{use->chain.begin(), use->chain.end(), "unflatten"}},
                      {Need::helper("unflatten", kHelper)}});
  }
  const Node receiver = result.node("receiver"), args = result.node("args"), call = result.node("call");
  if (certainlyNotTensor(receiver, semantic)) return;
  if (args.namedChildCount() == 0) return report(result.file, result.node("method"), kMessage);
  // x.unflatten(dim, sizes) -> unflatten(x, dim, sizes)
  const std::string inner = argumentsText(args);
  report(result.file, result.node("method"), kMessage,
         Fix{"call the helper", Applicability::Unsafe,
             {{call.begin(), call.end(), "unflatten(" + std::string(receiver.text()) + ", " + inner + ")"}},
             {Need::helper("unflatten", kHelper)}});
}

}  // namespace pyconv::api_mapping
