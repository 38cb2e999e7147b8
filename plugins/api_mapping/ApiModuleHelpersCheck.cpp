#include "ApiModuleHelpersCheck.hpp"

#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {
namespace {

// MindSpore differentiates with respect to what it is asked to, so only Parameters carry the
// flag: a Cell's are all set, a plain tensor has none to set.
constexpr const char* kRequiresGrad =
    "def _requires_grad(target, requires_grad=True):\n"
    "    # torch's requires_grad_ (pyconv-tidy api-module-helpers): freezes or unfreezes a Cell's\n"
    "    # parameters, or one Parameter; returns the target, as torch does.\n"
    "    parameters = target.get_parameters() if isinstance(target, ms.nn.Cell) else [target]\n"
    "    for parameter in parameters:\n"
    "        if isinstance(parameter, ms.Parameter):\n"
    "            parameter.requires_grad = requires_grad\n"
    "    return target\n";

// A SequentialCell runs the cells of its `cell_list`, which insert_child_to_cell does not update.
constexpr const char* kAddModule =
    "def _add_module(cell, name, child):\n"
    "    # torch's add_module (pyconv-tidy api-module-helpers): a named child cell, which a\n"
    "    # SequentialCell also runs, after the others.\n"
    "    cell.insert_child_to_cell(name, child)\n"
    "    if isinstance(cell, ms.nn.SequentialCell):\n"
    "        cell.cell_list = list(cell.name_cells().values())\n";

}  // namespace

CheckSpec ApiModuleHelpersCheck::spec() {
  return {.name = "api-module-helpers",
          .summary = "`m.requires_grad_(False)` -> `_requires_grad(m, False)`, `m.add_module(n, c)` and `m._modules[n] = c` -> `_add_module(m, n, c)`, other `m._modules` -> `m._cells` (helpers in the file; Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiModuleHelpersCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(call function: (attribute object: (_) @receiver attribute: (identifier) @method"
                  " (#any-of? @method \"requires_grad_\" \"add_module\")) arguments: (argument_list) @args) @call",
                  {".requires_grad_(", ".add_module("});
  // torch's child registry, written to or read from directly.
  finder.addQuery(*this, R"q((attribute object: (_) @owner attribute: (identifier) @modules (#eq? @modules "_modules")) @dict)q",
                  "._modules");
}

void ApiModuleHelpersCheck::checkModulesDict(const MatchResult& result) {
  const Node dict = result.node("dict"), owner = result.node("owner");
  if (certainlyNotInstance(owner, result.file.semantic())) return;
  const Node subscript = dict.parent(), assignment = subscript.parent();
  const bool replacesChild = subscript.is(syntax::Kind::Subscript) && subscript.field(syntax::Field::Value) == dict &&
                             assignment.is(syntax::Kind::Assignment) && assignment.field(syntax::Field::Left) == subscript &&
                             !assignment.field(syntax::Field::Type) && assignment.parent().is(syntax::Kind::ExpressionStatement) &&
                             subscript.namedChildCount() == 2;
  if (replacesChild) {
    // `m._modules[name] = child`: torch registers or replaces the child; so does the helper, and
    // a SequentialCell then also runs it in that place.
    const std::string call = "_add_module(" + std::string(owner.text()) + ", " + std::string(subscript.field(syntax::Field::Subscript).text()) +
                             ", " + std::string(assignment.field(syntax::Field::Right).text()) + ")";
    return report(result.file, dict, "MindSpore's Cell keeps its children in '_cells'; registering one goes through the helper _add_module",
                  Fix{"call _add_module", Applicability::Unsafe, {{assignment.begin(), assignment.end(), call}},
                      {Need::importModule("mindspore", "ms"), Need::helper("_add_module", kAddModule)}});
  }
  report(result.file, dict, "MindSpore's Cell keeps its children in '_cells', a dict of the same shape",
         Fix{"use _cells", Applicability::Unsafe, {{result.node("modules").begin(), result.node("modules").end(), "_cells"}}, {}});
}

void ApiModuleHelpersCheck::check(const MatchResult& result) {
  if (result.node("modules")) return checkModulesDict(result);
  const Node receiver = result.node("receiver"), method = result.node("method"), call = result.node("call"),
             args = result.node("args");
  if (certainlyNotInstance(receiver, result.file.semantic())) return;
  const bool requiresGrad = method.text() == "requires_grad_";
  const std::string helper = requiresGrad ? "_requires_grad" : "_add_module";
  const std::string message = "MindSpore's Cell has no '" + std::string(method.text()) + "'; call the helper " + helper;
  const std::string inner = argumentsText(args);
  for (const Node arg : args.namedChildren()) {
    // `requires_grad=` is the helper's own keyword; torch's add_module takes `name` and `module`.
    if (arg.is(syntax::Kind::KeywordArgument) && !requiresGrad) return report(result.file, method, message);
    if (arg.is(syntax::Kind::ListSplat) || arg.is(syntax::Kind::DictionarySplat)) return report(result.file, method, message);
  }
  report(result.file, method, message,
         Fix{"call " + helper, Applicability::Unsafe,
             {{call.begin(), call.end(),
               helper + "(" + std::string(receiver.text()) + (args.namedChildCount() ? ", " : "") + inner + ")"}},
             {Need::importModule("mindspore", "ms"), Need::helper(helper, requiresGrad ? kRequiresGrad : kAddModule)}});
}

}  // namespace pyconv::api_mapping
