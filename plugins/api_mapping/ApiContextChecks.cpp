#include "ApiContextChecks.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Tree.hpp>

namespace pyconv::api_mapping {
namespace {

bool isOneOf(const std::optional<std::string>& name, std::initializer_list<const char*> names) {
  if (!name) return false;
  for (const char* n : names) {
    if (*name == n) return true;
  }
  return false;
}

}  // namespace

CheckSpec ApiNoGradCheck::spec() {
  return {.name = "api-no-grad",
          .summary = "`with torch.no_grad():` -> `with ms._no_grad():`; no_grad decorators go",
          .phase = CheckPhase::Rewrite};
}

void ApiNoGradCheck::registerMatchers(MatchFinder& finder) {
  // The call wherever it stands (a `with` item, `[torch.no_grad()]`, one side of a conditional):
  // it is a context manager object either way.
  finder.addQuery(*this, R"q([(call function: [(attribute attribute: (identifier) @leaf) (identifier) @leaf] @callee
                                    (#any-of? @leaf "no_grad" "inference_mode")) @call
                              (decorator (call function: (_) @decorated))
                              (decorator (attribute) @decorated)] @node)q",
                  "torch");
}

void ApiNoGradCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  if (const Node decorated = result.node("decorated")) {
    if (!isOneOf(semantic.qualifiedName(decorated), {"torch.no_grad", "torch.inference_mode"})) return;
    const Node decorator = result.node("node");
    report(result.file, decorator, "a no_grad decorator has no MindSpore counterpart: plain calls record no graph",
           removing(Fix{"remove the decorator", Applicability::Safe, {removeLines(decorator)}, {}}));
    return;
  }
  const Node call = result.node("call");
  if (call.parent().is(syntax::Kind::Decorator)) return;  // the decorator alternative removes it
  if (!isOneOf(semantic.qualifiedName(result.node("callee")), {"torch.no_grad", "torch.inference_mode"})) return;
  if (call.field(syntax::Field::Arguments).namedChildCount() != 0) return;
  report(result.file, call, "'torch.no_grad()' is 'ms._no_grad()' in MindSpore",
         Fix{"use ms._no_grad()", Applicability::Safe, {{call.begin(), call.end(), "ms._no_grad()"}},
             {Need::importModule("mindspore", "ms")}});
}

CheckSpec ApiAutocastCheck::spec() {
  return {.name = "api-autocast",
          .summary = "unwraps `with torch.autocast(..., enabled=False):`",
          .phase = CheckPhase::Rewrite};
}

void ApiAutocastCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"q((with_statement (with_clause (with_item value: (call function: (_) @callee arguments: (argument_list) @args))) @clause) @with)q",
                  "autocast");
}

void ApiAutocastCheck::check(const MatchResult& result) {
  if (!isOneOf(result.file.semantic().qualifiedName(result.node("callee")),
               {"torch.autocast", "torch.amp.autocast", "torch.cuda.amp.autocast", "torch.cpu.amp.autocast"})) {
    return;
  }
  const Node with = result.node("with");
  if (result.node("clause").namedChildCount() != 1) return;  // other context managers too: a person decides
  const Node enabled = keywordArgument(result.node("args"), "enabled");
  const bool disabled = enabled && enabled.field(syntax::Field::Value).text() == "False";
  if (!disabled) {
    report(result.file, result.node("callee"), "mixed precision by autocast has no direct MindSpore counterpart; port it by hand");
    return;
  }
  Fix fix{"run the body as it is", Applicability::Safe, {unwrapWith(with)}, {}};
  if (dropsForeignComment(with, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, result.node("callee"), "an autocast that is off changes nothing: its body runs as it is",
         removing(std::move(fix)));
}

CheckSpec ApiFinfoCheck::spec() {
  return {.name = "api-finfo",
          .summary = "`torch.finfo(dtype).min/max` -> mindone's `dtype_to_min/max`",
          .phase = CheckPhase::Rewrite};
}

void ApiFinfoCheck::registerMatchers(MatchFinder& finder) {
  mindsporeTarget_ = runOption("Target") == "mindspore";
  finder.addQuery(*this, R"q((attribute object: (call function: (_) @callee arguments: (argument_list (_) @dtype) @args)
                               attribute: (identifier) @field) @use)q",
                  "finfo");
}

void ApiFinfoCheck::check(const MatchResult& result) {
  if (!isOneOf(result.file.semantic().qualifiedName(result.node("callee")), {"torch.finfo"})) return;
  if (result.node("args").namedChildCount() != 1) return;
  const std::string field(result.node("field").text());
  if (field != "min" && field != "max") {
    report(result.file, result.node("use"), "torch.finfo(...)." + field + " has no rule yet; use numpy.finfo by hand");
    return;
  }
  const Node use = result.node("use");
  const std::string dtype(result.node("dtype").text());
  if (mindsporeTarget_) {
    // A plain MindSpore script has no mindone: numpy's limits of the dtype's numpy counterpart.
    report(result.file, use, "torch.finfo(dtype)." + field + " is numpy's finfo of the dtype's numpy type",
           Fix{"use numpy.finfo", Applicability::Safe,
               {{use.begin(), use.end(), "float(np.finfo(ms.dtype_to_nptype(" + dtype + "))." + field + ")"}},
               {Need::importModule("numpy", "np"), Need::importModule("mindspore", "ms")}});
    return;
  }
  const std::string helper = field == "min" ? "dtype_to_min" : "dtype_to_max";
  report(result.file, use, "torch.finfo(dtype)." + field + " is mindone's " + helper + "(dtype)",
         Fix{"use " + helper, Applicability::Safe,
             {{use.begin(), use.end(), "float(" + helper + "(" + dtype + "))"}},
             {Need::importFrom("mindone.transformers.mindspore_adapter", helper)}});
}

}  // namespace pyconv::api_mapping
