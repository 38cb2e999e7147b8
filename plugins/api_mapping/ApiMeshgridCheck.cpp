#include "ApiMeshgridCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include <array>
#include <string>
#include <vector>

namespace pyconv::api_mapping {
namespace {

// What the call's function denotes is one of the meshgrids that take a list as torch's does.
bool isMeshgrid(std::string_view name) {
  constexpr std::array<std::string_view, 5> kNames = {
      "torch.meshgrid", "mindspore.mint.meshgrid", "transformers.pytorch_utils.meshgrid",
      "mindone.transformers.mindspore_utils.meshgrid", "torch.functional.meshgrid"};
  for (const auto n : kNames) {
    if (name == n) return true;
  }
  return false;
}

}  // namespace

CheckSpec ApiMeshgridCheck::spec() {
  return {.name = "api-meshgrid",
          .summary = "`meshgrid([h, w], indexing=\"ij\")` -> `meshgrid(h, w, indexing=\"ij\")` (MindSpore's takes no list)",
          .phase = CheckPhase::Rewrite};
}

void ApiMeshgridCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(call function: (_) @function arguments: (argument_list) @arguments) @call", "meshgrid");
}

void ApiMeshgridCheck::check(const MatchResult& result) {
  const auto name = result.file.semantic().qualifiedName(result.node("function"));
  if (!name || !isMeshgrid(*name)) return;
  std::vector<Node> positional;
  for (const Node argument : result.node("arguments").namedChildren()) {
    if (argument.is(syntax::Kind::Comment)) return;  // a comment inside the list would be lost
    if (argument.syntaxKind() != syntax::Kind::KeywordArgument) positional.push_back(argument);
  }
  if (positional.size() != 1 || (positional[0].syntaxKind() != syntax::Kind::List && positional[0].syntaxKind() != syntax::Kind::Tuple)) return;
  const Node list = positional[0];
  std::string elements;
  for (const Node element : list.namedChildren()) {
    if (element.is(syntax::Kind::Comment) || element.is(syntax::Kind::ListSplat)) return;
    elements += (elements.empty() ? "" : ", ") + std::string(element.text());
  }
  if (elements.empty()) return;
  report(result.file, list, "MindSpore's meshgrid takes the tensors as arguments, not as one list",
         Fix{"pass the tensors as arguments", Applicability::Safe, {Edit{list.begin(), list.end(), elements}}, {}});
}

}  // namespace pyconv::api_mapping
