#include "ApiNamedTupleFieldCheck.hpp"

#include "TensorReceivers.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace pyconv::api_mapping {
namespace {

// The torch functions and Tensor methods whose result has the fields `values` and `indices`.
constexpr std::string_view kValuesAndIndices[] = {"max",  "min",      "topk",  "sort",   "median",
                                                  "nanmedian", "mode", "kthvalue", "cummax", "cummin"};

bool givesValuesAndIndices(std::string_view name) {
  return std::find(std::begin(kValuesAndIndices), std::end(kValuesAndIndices), name) != std::end(kValuesAndIndices);
}

}  // namespace

CheckSpec ApiNamedTupleFieldCheck::spec() {
  return {.name = "api-named-tuple-field",
          .summary = "`x.max(dim=-1).values` -> `x.max(dim=-1)[0]`, `.indices` -> `[1]` (MindSpore returns a plain tuple; Safe on functions, Unsafe on methods)",
          .phase = CheckPhase::Rewrite};
}

void ApiNamedTupleFieldCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(attribute object: (call function: [(identifier) (attribute)] @function) @call"
                  " attribute: (identifier) @field (#match? @field \"^(values|indices)$\")) @access",
                  {".values", ".indices"});
}

void ApiNamedTupleFieldCheck::check(const MatchResult& result) {
  const Node function = result.node("function"), call = result.node("call"), field = result.node("field");
  const SemanticModel& semantic = result.file.semantic();
  Applicability applicability = Applicability::Safe;
  if (const auto qualified = semantic.qualifiedName(function)) {
    // `torch.topk(...)`, or the MindSpore function api-map already made of it.
    const bool framework = qualified->starts_with("torch.") || qualified->starts_with("mindspore.");
    if (!framework || !givesValuesAndIndices(qualified->substr(qualified->rfind('.') + 1))) return;
  } else {
    if (function.syntaxKind() != syntax::Kind::Attribute || !givesValuesAndIndices(function.field(syntax::Field::Attribute).text())) return;
    const Node receiver = function.field(syntax::Field::Object);
    if (certainlyNotTensor(receiver, semantic) || certainlyNotInstance(receiver, semantic)) return;
    applicability = Applicability::Unsafe;
  }
  const bool values = field.text() == "values";
  report(result.file, field,
         std::string("MindSpore returns a plain tuple where torch returns one with named fields: '.") +
             std::string(field.text()) + "' is position " + (values ? "0" : "1"),
         Fix{values ? "use [0]" : "use [1]", applicability, {{call.end(), field.end(), values ? "[0]" : "[1]"}}, {}});
}

}  // namespace pyconv::api_mapping
