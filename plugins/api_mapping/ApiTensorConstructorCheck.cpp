#include "ApiTensorConstructorCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include <string>

#include "LegacyTensorTypes.hpp"
#include "Spelling.hpp"
#include "TorchReferences.hpp"

namespace pyconv::api_mapping {
namespace {

constexpr const char* kHelperName = "_legacy_tensor";
constexpr const char* kHelper =
    "def _legacy_tensor(dtype, *args):\n"
    "    # torch's typed constructors (pyconv-tidy api-tensor-constructor): integers are a shape, whose\n"
    "    # values torch leaves uninitialised (zeros here); anything else is the data.\n"
    "    if all(isinstance(a, numbers.Integral) for a in args):\n"
    "        return mint.zeros(tuple(int(a) for a in args) if args else (0,), dtype=dtype)\n"
    "    return ms.tensor(args[0], dtype=dtype)\n";

}  // namespace

CheckSpec ApiTensorConstructorCheck::spec() {
  return {.name = "api-tensor-constructor",
          .summary = "`torch.FloatTensor(n)` / `torch.LongTensor(data)` -> `_legacy_tensor(ms.float32, n)`: a shape or data, read as torch reads it",
          .phase = CheckPhase::Rewrite};
}

void ApiTensorConstructorCheck::registerMatchers(MatchFinder& finder) { finder.addQuery(*this, kTorchHeadQuery, "Tensor"); }

void ApiTensorConstructorCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  const auto use = torchUse(result.node("head"), semantic);
  if (!use) return;
  const auto dtype = legacyTensorDtype(use->qualified);
  const Node call = use->chain.parent();
  if (!dtype || call.syntaxKind() != syntax::Kind::Call || call.field(syntax::Field::Function) != use->chain) return;
  const Node args = call.field(syntax::Field::Arguments);
  if (args.syntaxKind() != syntax::Kind::ArgumentList) return;
  const std::string message = "'" + use->qualified + "(...)' reads integers as a shape and anything else as data; " +
                              "MindSpore's Tensor reads an integer as a scalar";
  for (const Node arg : args.namedChildren()) {
    // device=, requires_grad=, a splat or a comment: not a form the helper takes
    if (arg.syntaxKind() != syntax::Kind::Comment && arg.syntaxKind() != syntax::Kind::KeywordArgument && arg.syntaxKind() != syntax::Kind::ListSplat) continue;
    return report(result.file, use->chain, message);
  }
  if (bindsOtherwise(semantic, kHelperName, "")) return report(result.file, use->chain, message + "; the file binds '" + kHelperName + "' itself");
  const Spelling dtypeSpelling = spellAlone(*dtype, semantic);
  const std::string first = dtypeSpelling.text + (args.namedChildCount() > 0 ? ", " : "");
  report(result.file, use->chain, message,
         Fix{"call the helper", Applicability::Safe,
             {Edit{use->chain.begin(), use->chain.end(), kHelperName}, Edit{args.begin() + 1, args.begin() + 1, first}},
             {Need::helper(kHelperName, kHelper), Need::importModule("numbers"), Need::importModule("mindspore", "ms"),
              Need::importFrom("mindspore", "mint"), dtypeSpelling.need}});
}

}  // namespace pyconv::api_mapping
