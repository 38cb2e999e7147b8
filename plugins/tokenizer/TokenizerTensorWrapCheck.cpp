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
  if (value.text().find("return_tensors") == std::string_view::npos) return false;  // most assignments: no query
  bool found = false;
  Query::compile(R"q(((keyword_argument name: (identifier) @n) (#eq? @n "return_tensors")))q")
      ->forEachMatch(value, [&](const QueryMatch&) { found = true; });
  return found;
}

// The call an argument belongs to, if its callee is named like a model.
Node modelCall(Node argument) {
  const Node list = argument.parent().is(syntax::Kind::KeywordArgument) ? argument.parent().parent() : argument.parent();
  if (list.syntaxKind() != syntax::Kind::ArgumentList) return {};
  const Node call = list.parent();
  std::string callee(call.field(syntax::Field::Function).text());
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
    if (string.parent().is(syntax::Kind::KeywordArgument)) return;
    auto edits = tensorWrapEdits(string);
    if (edits.empty()) return;
    report(result.file, string, "in a MindSpore example, tokenizer arrays reach the model as ms.Tensor",
           Fix{"wrap the arrays in ms.Tensor", Applicability::Safe, std::move(edits), {}});
    return;
  }
  const Node value = result.node("value");
  if (!mentionsReturnTensors(value)) return;
  // `ids = tokenizer(...).input_ids` holds an array: the name itself is wrapped where it reaches a model.
  const bool array = value.is(syntax::Kind::Attribute) || value.is(syntax::Kind::Subscript);
  const SemanticModel& semantic = result.file.semantic();
  const Node var = result.node("var");
  const std::string name(var.text());
  const Binding* binding = semantic.bindingAt(var);
  for (const Node use : binding ? semantic.references(*binding) : std::vector<Node>{}) {
    const Node parent = use.parent();
    Node argument;
    std::string replacement;
    if (parent.is(syntax::Kind::DictionarySplat)) {
      argument = parent;
      replacement = "**{k: ms.Tensor(v) for k, v in " + name + ".items()}";
    } else if ((parent.is(syntax::Kind::Attribute) && parent.field(syntax::Field::Object) == use) ||
               (parent.is(syntax::Kind::Subscript) && parent.field(syntax::Field::Value) == use)) {
      argument = parent;
      replacement = "ms.Tensor(" + std::string(parent.text()) + ")";
      if (parent.is(syntax::Kind::Attribute) && (parent.field(syntax::Field::Attribute).text() == "items" || parent.field(syntax::Field::Attribute).text() == "keys")) continue;
    } else if (array && (parent.is(syntax::Kind::ArgumentList) ||
                         (parent.is(syntax::Kind::KeywordArgument) && parent.field(syntax::Field::Value) == use))) {
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
