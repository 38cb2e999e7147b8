#include "ApiTensorSizeCheck.hpp"

#include "TensorReceivers.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Tree.hpp>

namespace pyconv::api_mapping {
namespace {

// The dimension argument of `size(i)` or `size(dim=i)`; null for any other argument list.
Node dimensionArgument(Node arguments) {
  if (arguments.namedChildCount() != 1) return {};
  const Node arg = arguments.namedChild(0);
  if (arg.is(syntax::Kind::KeywordArgument)) return arg.field(syntax::Field::Name).text() == "dim" ? arg.field(syntax::Field::Value) : Node{};
  if (arg.is(syntax::Kind::ListSplat) || arg.is(syntax::Kind::DictionarySplat) || arg.is(syntax::Kind::Comment)) return {};
  return arg;
}

}  // namespace

CheckSpec ApiTensorSizeCheck::spec() {
  return {.name = "api-tensor-size",
          .summary = "`x.size()` -> `x.shape`, `x.size(i)` -> `x.shape[i]` (Unsafe: tensor receivers by heuristic)",
          .phase = CheckPhase::Rewrite};
}

void ApiTensorSizeCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, tensorMethodCallQuery("size"), ".size(");
}

void ApiTensorSizeCheck::check(const MatchResult& result) {
  if (certainlyNotTensor(result.node("receiver"), result.file.semantic())) return;
  const Node method = result.node("method"), call = result.node("call"), args = result.node("args");
  const std::string message = "'Tensor.size' is the element count in MindSpore; use the 'shape' tuple";
  if (args.namedChildCount() == 0) {
    return report(result.file, method, message,
                  Fix{"use .shape", Applicability::Unsafe, {{method.begin(), call.end(), "shape"}}, {}});
  }
  const Node dimension = dimensionArgument(args);
  if (!dimension) return report(result.file, method, message);
  report(result.file, method, message,
         Fix{"use .shape[i]", Applicability::Unsafe,
             {{method.begin(), call.end(), "shape[" + std::string(dimension.text()) + "]"}}, {}});
}

}  // namespace pyconv::api_mapping
