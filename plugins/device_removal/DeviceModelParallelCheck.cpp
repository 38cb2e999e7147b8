#include "DeviceModelParallelCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {
namespace {

constexpr const char* kRaise =
    "raise NotImplementedError(\"Model parallelism across CUDA devices is not supported in MindSpore.\")";

}  // namespace

CheckSpec DeviceModelParallelCheck::spec() {
  return {.name = "device-model-parallel",
          .summary = "retires HF's naive CUDA model parallelism",
          .phase = CheckPhase::Prepare};
}

void DeviceModelParallelCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  R"([(function_definition name: (identifier) @name body: (block) @body (#any-of? @name "parallelize" "deparallelize"))
                      (if_statement condition: (attribute attribute: (identifier) @flag) (#eq? @flag "model_parallel")) @if])",
                  "parallel");
}

void DeviceModelParallelCheck::check(const MatchResult& result) {
  if (const Node ifStatement = result.node("if")) {
    Fix fix{"keep the path without model parallelism", Applicability::Safe, {keepBranch(ifStatement, false)}, {}};
    if (dropsForeignComment(ifStatement, fix.edits.front())) fix.applicability = Applicability::Unsafe;
    report(result.file, result.node("flag"), "model parallelism over CUDA devices never runs under MindSpore",
           removing(std::move(fix)));
    return;
  }
  const Node body = result.node("body");
  std::vector<Node> statements;
  for (uint32_t i = 0; i < body.namedChildCount(); ++i) {
    if (body.namedChild(i).syntaxKind() != syntax::Kind::Comment) statements.push_back(body.namedChild(i));
  }
  const std::size_t first = !statements.empty() && isStringStatement(statements.front()) ? 1 : 0;
  if (statements.size() == first + 1 && statements[first].text() == kRaise) return;  // done already
  if (statements.size() <= first) return;
  // Everything after the docstring is replaced by the raise, at the body's indentation.
  const Node from = statements[first];
  const Edit edit = replaceExpression(from, kRaise);
  Fix fix{"raise NotImplementedError", Applicability::Safe, {Edit{from.begin(), body.end(), edit.replacement}}, {}};
  if (dropsForeignComment(body, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, result.node("name"),
         "naive model parallelism over CUDA devices has no MindSpore counterpart", removing(std::move(fix)));
}

}  // namespace pyconv::device_removal
