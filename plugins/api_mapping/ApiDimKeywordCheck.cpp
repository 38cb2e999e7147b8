#include "ApiDimKeywordCheck.hpp"

#include <algorithm>
#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>

#include "ApiTable.hpp"
#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {

namespace {

// Tensor methods whose MindSpore 2.7.1 counterpart calls torch's leading `dim` `axis`, so that
// neither keyword reaches it (`Tensor.softmax() got an unexpected keyword argument 'dim'`), while
// a positional first argument means the same in both (each probed against torch).
constexpr std::string_view kDimFirstByPosition[] = {"softmax", "squeeze", "amax", "amin", "narrow", "logcumsumexp",
                                                    "cummax", "cummin", "nanmedian", "nansum", "count_nonzero"};

bool takesDimByPosition(std::string_view method) {
  return std::find(std::begin(kDimFirstByPosition), std::end(kDimFirstByPosition), method) != std::end(kDimFirstByPosition);
}

}  // namespace

CheckSpec ApiDimKeywordCheck::spec() {
  return {.name = "api-dim-keyword",
          .summary = "torch's `axis=` alias -> `dim=`",
          .phase = CheckPhase::Rewrite};
}

void ApiDimKeywordCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(call function: [(identifier) (attribute)] @function"
                  " arguments: (argument_list (keyword_argument name: (identifier) @keyword (#eq? @keyword \"axis\"))))",
                  "axis=");
  finder.addQuery(*this,
                  "(call function: (attribute) @function"
                  " arguments: (argument_list (keyword_argument name: (identifier) @keyword (#eq? @keyword \"dim\"))))",
                  "dim=");
}

void ApiDimKeywordCheck::check(const MatchResult& result) {
  const Node function = result.node("function"), keyword = result.node("keyword");
  const SemanticModel& semantic = result.file.semantic();
  const auto qualified = semantic.qualifiedName(function);
  const std::string message = "MindSpore takes 'dim', not torch's alias 'axis'";
  if (qualified) {
    if (keyword.text() != "axis") return;  // `dim=` on a function: already MindSpore's keyword
    if (!(qualified->starts_with("torch.") || qualified->starts_with("mindspore.mint."))) return;
    // A target that spells it `axis`: api-map renames the keyword with the name.
    if (const ApiRow* row = ApiTable::builtin().find(*qualified); row && row->renameKwargs.count("dim")) return;
    return report(result.file, keyword, message, Fix{"use dim=", Applicability::Safe, {{keyword.begin(), keyword.end(), "dim"}}, {}});
  }
  // Tensor methods of torch that take `dim` (and so its alias `axis`), and MindSpore's too by that
  // keyword; the ones MindSpore takes by position only are kDimFirstByPosition.
  static const std::string_view methods[] = {"mean", "sum", "max", "min", "argmax", "argmin", "std", "var", "prod",
                                             "cumsum", "cumprod", "log_softmax", "any", "all", "norm", "logsumexp",
                                             "median", "unsqueeze"};
  if (function.syntaxKind() != syntax::Kind::Attribute) return;
  const std::string_view method = function.field(syntax::Field::Attribute).text();
  const bool byPosition = takesDimByPosition(method);
  if (keyword.text() == "dim" && !byPosition) return;  // MindSpore's method takes `dim=`
  if (std::find(std::begin(methods), std::end(methods), method) == std::end(methods) && !byPosition) return;
  if (certainlyNotTensor(function.field(syntax::Field::Object), semantic)) return;
  if (!byPosition) {
    report(result.file, keyword, message, Fix{"use dim=", Applicability::Unsafe, {{keyword.begin(), keyword.end(), "dim"}}, {}});
    return;
  }
  // The keyword goes when it is the first argument; elsewhere moving it would reorder what the
  // call evaluates, so a person decides.
  const Node argument = keyword.parent(), value = argument.field(syntax::Field::Value);
  const std::string positionalMessage =
      "MindSpore's Tensor." + std::string(method) + " takes the dimension by position only ('" +
      std::string(keyword.text()) + "=' is not its keyword)";
  Node before = argument.prevNamedSibling();
  while (before && before.is(syntax::Kind::Comment)) before = before.prevNamedSibling();
  if (before || value.isNull()) return report(result.file, keyword, positionalMessage);
  report(result.file, keyword, positionalMessage,
         Fix{"pass the dimension by position", Applicability::Unsafe, {{argument.begin(), value.begin(), ""}}, {}});
}

}  // namespace pyconv::api_mapping
