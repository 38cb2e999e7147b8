#include "ApiModuleMethodsCheck.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {
namespace {

struct CellMethod {
  std::string_view cellName;  // what the call becomes, with {} for the receiver
  // torch keyword -> Cell keyword, in positional order; empty: only a call without arguments is fixed
  std::vector<std::pair<std::string_view, std::string_view>> parameters;
  std::string_view argumentsWhenNone = "";  // the Cell call's arguments for a torch call without any
  bool ownModulesOnly = false;  // a generic verb (`train`): only `self` and `self.<attr>` receivers
};

const std::map<std::string_view, CellMethod>& cellMethods() {
  static const std::map<std::string_view, CellMethod> methods = {
      {"named_parameters", {"{}.parameters_and_names", {{"prefix", "name_prefix"}, {"recurse", "expand"}}}},
      {"parameters", {"{}.get_parameters", {{"recurse", "expand"}}}},
      {"named_modules", {"{}.cells_and_names", {}}},
      {"named_children", {"{}.name_cells().items", {}}},
      {"children", {"{}.cells", {}}},
      {"modules", {"(cell for _, cell in {}.cells_and_names())", {}}},
      // both return the module, as set_train returns the cell
      {"eval", {"{}.set_train", {}, "False", true}},
      {"train", {"{}.set_train", {{"mode", "mode"}}, "", true}},
  };
  return methods;
}

// The Cell call's argument list, or nullopt when an argument has no Cell counterpart.
std::optional<std::string> cellArguments(Node args, const CellMethod& method) {
  std::string text;
  std::size_t position = 0;
  for (Node arg : args.namedChildren()) {
    if (arg.is(syntax::Kind::Comment)) return std::nullopt;
    std::string piece;
    if (arg.is(syntax::Kind::KeywordArgument)) {
      const std::string_view name = arg.field(syntax::Field::Name).text();
      auto it = std::find_if(method.parameters.begin(), method.parameters.end(),
                             [&](const auto& p) { return p.first == name; });
      if (it == method.parameters.end()) return std::nullopt;
      piece = fmt::format("{}={}", it->second, arg.field(syntax::Field::Value).text());
    } else if (arg.syntaxKind() != syntax::Kind::ListSplat && arg.syntaxKind() != syntax::Kind::DictionarySplat && position < method.parameters.size()) {
      piece = std::string(arg.text());
      ++position;
    } else {
      return std::nullopt;
    }
    text += (text.empty() ? "" : ", ") + piece;
  }
  return "(" + (text.empty() ? std::string(method.argumentsWhenNone) : text) + ")";
}

}  // namespace

CheckSpec ApiModuleMethodsCheck::spec() {
  return {.name = "api-module-methods",
          .summary = "`m.named_parameters()` -> `m.parameters_and_names()`, `parameters`, `named_modules`, `named_children`, `children`, `modules`, `self.eval()`/`train()` -> their Cell names (Unsafe: module receivers by heuristic)",
          .phase = CheckPhase::Rewrite};
}

void ApiModuleMethodsCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(call function: (attribute object: (_) @receiver attribute: (identifier) @method"
                  " (#any-of? @method \"named_parameters\" \"parameters\" \"named_modules\" \"named_children\""
                  " \"children\" \"modules\" \"eval\" \"train\")) arguments: (argument_list) @args) @call",
                  "(");
}

void ApiModuleMethodsCheck::check(const MatchResult& result) {
  const Node receiver = result.node("receiver"), method = result.node("method"), call = result.node("call");
  if (certainlyNotInstance(receiver, result.file.semantic())) return;
  const CellMethod& target = cellMethods().at(method.text());
  if (target.ownModulesOnly && receiver.text() != "self" && !receiver.text().starts_with("self.")) return;
  const std::string cellCall = fmt::format(fmt::runtime(target.cellName), receiver.text());
  const bool bareExpression = target.cellName.front() == '(';
  const std::string message =
      fmt::format("MindSpore's Cell has no '{}'; use '{}{}'", method.text(),
                  fmt::format(fmt::runtime(target.cellName), "cell"),
                  bareExpression ? std::string() : "(" + std::string(target.argumentsWhenNone) + ")");
  const Node args = result.node("args");
  std::optional<std::string> arguments = bareExpression ? (args.namedChildCount() ? std::nullopt : std::optional<std::string>(""))
                                                        : cellArguments(args, target);
  if (!arguments) return report(result.file, method, message);
  report(result.file, method, message,
         Fix{fmt::format("use {}", method.text() == "modules" ? "cells_and_names" : target.cellName.substr(3)),
             Applicability::Unsafe, {{call.begin(), call.end(), cellCall + *arguments}}, {}});
}

}  // namespace pyconv::api_mapping
