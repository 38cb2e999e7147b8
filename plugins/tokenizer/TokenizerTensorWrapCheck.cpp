#include "TokenizerTensorWrapCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Query.hpp>

#include <algorithm>
#include <cctype>

#include "DocExamples.hpp"

namespace pyconv::tokenizer {
namespace {

bool mentionsReturnTensors(Node value) {
  bool found = false;
  Query::compile(R"q(((keyword_argument name: (identifier) @n) (#eq? @n "return_tensors")))q")
      ->forEachMatch(value, [&](const QueryMatch&) { found = true; });
  return found;
}

// The call an argument belongs to, if its callee is named like a model.
Node modelCall(Node argument) {
  const Node list = argument.parent().kind() == "keyword_argument" ? argument.parent().parent() : argument.parent();
  if (list.kind() != "argument_list") return {};
  const Node call = list.parent();
  std::string callee(call.field("function").text());
  std::transform(callee.begin(), callee.end(), callee.begin(), [](unsigned char c) { return std::tolower(c); });
  return callee.find("model") != std::string::npos ? call : Node{};
}

}  // namespace

CheckSpec TokenizerTensorWrapCheck::spec() {
  return {.name = "tokenizer-tensor-wrap",
          .summary = "arrays reach model calls as `ms.Tensor`",
          .phase = CheckPhase::Prepare};
}

void TokenizerTensorWrapCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"q([(expression_statement (assignment left: (identifier) @var right: (_) @value))
                              (string) @string])q",
                  "return_tensors");
}

void TokenizerTensorWrapCheck::check(const MatchResult& result) {
  if (const Node string = result.node("string")) {
    if (string.parent().kind() == "keyword_argument") return;
    auto edits = tensorWrapEdits(string);
    if (edits.empty()) return;
    report(result.file, string, "in a MindSpore example, tokenizer arrays reach the model as ms.Tensor",
           Fix{"wrap the arrays in ms.Tensor", Applicability::Safe, std::move(edits), {}});
    return;
  }
  const Node value = result.node("value");
  if (!mentionsReturnTensors(value)) return;
  // `ids = tokenizer(...).input_ids` holds an array: the name itself is wrapped where it reaches a model.
  const bool array = value.kind() == "attribute" || value.kind() == "subscript";
  const SemanticModel& semantic = result.file.semantic();
  const Node var = result.node("var");
  const std::string name(var.text());
  const Binding* binding = semantic.bindingAt(var);
  for (const Node use : binding ? semantic.references(*binding) : std::vector<Node>{}) {
    const Node parent = use.parent();
    Node argument;
    std::string replacement;
    if (parent.kind() == "dictionary_splat") {
      argument = parent;
      replacement = "**{k: ms.Tensor(v) for k, v in " + name + ".items()}";
    } else if ((parent.kind() == "attribute" && parent.field("object") == use) ||
               (parent.kind() == "subscript" && parent.field("value") == use)) {
      argument = parent;
      replacement = "ms.Tensor(" + std::string(parent.text()) + ")";
      if (parent.kind() == "attribute" && (parent.field("attribute").text() == "items" || parent.field("attribute").text() == "keys")) continue;
    } else if (array && (parent.kind() == "argument_list" ||
                         (parent.kind() == "keyword_argument" && parent.field("value") == use))) {
      argument = use;
      replacement = "ms.Tensor(" + name + ")";
    } else {
      continue;
    }
    if (!modelCall(argument)) continue;
    report(result.file, argument, "tokenizer arrays reach the model as ms.Tensor in MindSpore",
           Fix{"wrap in ms.Tensor", Applicability::Safe, {{argument.begin(), argument.end(), replacement}},
               {Need::importModule("mindspore", "ms")}});
  }
}

}  // namespace pyconv::tokenizer
