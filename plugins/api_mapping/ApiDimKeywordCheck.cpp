#include "ApiDimKeywordCheck.hpp"

#include <algorithm>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>

#include "ApiTable.hpp"
#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {

void ApiDimKeywordCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(call function: [(identifier) (attribute)] @function"
                  " arguments: (argument_list (keyword_argument name: (identifier) @keyword (#eq? @keyword \"axis\"))))",
                  "axis=");
}

void ApiDimKeywordCheck::check(const MatchResult& result) {
  const Node function = result.node("function"), keyword = result.node("keyword");
  const SemanticModel& semantic = result.file.semantic();
  const auto qualified = semantic.qualifiedName(function);
  const std::string message = "MindSpore takes 'dim', not torch's alias 'axis'";
  if (qualified) {
    if (!(qualified->starts_with("torch.") || qualified->starts_with("mindspore.mint."))) return;
    // A target that spells it `axis`: api-map renames the keyword with the name.
    if (const ApiRow* row = ApiTable::builtin().find(*qualified); row && row->renameKwargs.count("dim")) return;
    return report(result.file, keyword, message, Fix{"use dim=", Applicability::Safe, {{keyword.begin(), keyword.end(), "dim"}}, {}});
  }
  // Tensor methods of torch that take `dim` (and so its alias `axis`).
  static const std::string_view methods[] = {"mean", "sum", "max", "min", "argmax", "argmin", "std", "var", "prod",
                                             "cumsum", "cumprod", "softmax", "log_softmax", "any", "all", "norm",
                                             "logsumexp", "amax", "amin", "median", "squeeze", "unsqueeze"};
  if (function.kind() != "attribute") return;
  const std::string_view method = function.field("attribute").text();
  if (std::find(std::begin(methods), std::end(methods), method) == std::end(methods)) return;
  if (certainlyNotTensor(function.field("object"), semantic)) return;
  report(result.file, keyword, message, Fix{"use dim=", Applicability::Unsafe, {{keyword.begin(), keyword.end(), "dim"}}, {}});
}

}  // namespace pyconv::api_mapping
