#include "GradCheckpointBranchCheck.hpp"

#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Query.hpp>
#include <pyconv/Tree.hpp>

#include "Checkpointing.hpp"

namespace pyconv::grad_checkpoint {
namespace {

// `ckpt(fn, a, b, key=c)` -> `fn(a, b, key=c)` (with `layer.__call__` as just `layer`).
std::optional<Edit> directCall(Node call) {
  const Node args = call.field(syntax::Field::Arguments);
  Node fn;
  std::vector<std::string> rest;
  for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
    const Node a = args.namedChild(i);
    if (a.is(syntax::Kind::Comment)) continue;
    if (!fn) {
      if (a.is(syntax::Kind::KeywordArgument) || a.is(syntax::Kind::ListSplat)) return std::nullopt;
      fn = a;
      continue;
    }
    if (a.is(syntax::Kind::KeywordArgument) && a.field(syntax::Field::Name).text() == "use_reentrant") continue;  // a checkpoint option
    rest.emplace_back(a.text());
  }
  if (!fn) return std::nullopt;
  std::string callee(fn.text());
  if (fn.is(syntax::Kind::Attribute) && fn.field(syntax::Field::Attribute).text() == "__call__") callee = std::string(fn.field(syntax::Field::Object).text());
  std::string joined;
  for (const auto& r : rest) joined += (joined.empty() ? "" : ", ") + r;
  return Edit{call.begin(), call.end(), callee + "(" + joined + ")"};
}

}  // namespace

CheckSpec GradCheckpointBranchCheck::spec() {
  return {.name = "grad-checkpoint-branch",
          .summary = "the branch that checkpoints raises `NotImplementedError` (option `Mode: recompute`)",
          .phase = CheckPhase::Prepare,
          .options = {{.name = "Mode",
                       .kind = OptionKind::Choice,
                       .defaultValue = "raise",
                       .choices = {"raise", "recompute"},
                       .summary = "what the checkpointing branch becomes: a NotImplementedError, or MindSpore's recompute"}}};
}

void GradCheckpointBranchCheck::registerMatchers(MatchFinder& finder) {
  recompute_ = option("Mode") == "recompute";
  finder.addQuery(*this, "[(if_statement condition: (_) @condition consequence: (block) @body)"
                         " (elif_clause condition: (_) @condition consequence: (block) @body)] @branch",
                  "gradient_checkpointing");
}

void GradCheckpointBranchCheck::check(const MatchResult& result) {
  const Node condition = result.node("condition"), body = result.node("body");
  if (!testsGradientCheckpointing(condition) || !containsCheckpointCall(body, result.file)) return;
  if (recompute_) {
    Fix fix{"call the function directly (mark the cell with Cell.recompute())", Applicability::Unsafe, {}, {}};
    Query::compile("(call) @call")->forEachMatch(body, [&](const QueryMatch& m) {
      if (!isCheckpointCall(m.get("call"), result.file)) return;
      if (auto edit = directCall(m.get("call"))) fix.edits.push_back(*edit);
    });
    report(result.file, condition,
           "gradient checkpointing in MindSpore is Cell.recompute(): call the layer directly and mark it",
           removing(std::move(fix)));
    return;
  }
  // The whole body becomes the raise, at the body's indentation.
  const Edit raise = replaceExpression(body, kRaise);
  Fix fix{"raise NotImplementedError", Applicability::Safe, {raise}, {}};
  if (dropsForeignComment(body, raise)) fix.applicability = Applicability::Unsafe;
  report(result.file, condition, "this branch checkpoints gradients, which MindSpore does not support this way",
         removing(std::move(fix)));
}

}  // namespace pyconv::grad_checkpoint
