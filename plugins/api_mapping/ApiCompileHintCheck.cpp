#include "ApiCompileHintCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include <algorithm>
#include <array>

namespace pyconv::api_mapping {
namespace {

// Each returns None (or its argument unchanged) and only records something for torch.compile or
// torch.fx; the program computes the same without the call.
constexpr std::array<std::string_view, 5> kCompileHints = {
    "torch._dynamo.mark_static_address", "torch._dynamo.mark_dynamic", "torch._dynamo.maybe_mark_dynamic",
    "torch._dynamo.mark_static", "torch.fx.wrap"};

// `f = torch.fx.wrap(f)`: the name re-bound to what it already holds.
bool rebindsItsArgument(Node assignment, Node call) {
  const Node args = call.field(syntax::Field::Arguments);
  return assignment.field(syntax::Field::Right) == call && !assignment.field(syntax::Field::Type) && args.namedChildCount() == 1 &&
         assignment.field(syntax::Field::Left).is(syntax::Kind::Identifier) && args.namedChild(0).text() == assignment.field(syntax::Field::Left).text();
}

}  // namespace

CheckSpec ApiCompileHintCheck::spec() {
  return {.name = "api-compile-hint",
          .summary = "removes `torch._dynamo.mark_static_address(t)`, `torch.fx.wrap(\"f\")` and kin: statements that only inform torch's compiler",
          .phase = CheckPhase::Rewrite};
}

void ApiCompileHintCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"q((expression_statement [(call function: (_) @callee) @call
                                                    (assignment right: (call function: (_) @callee) @call) @assignment]) @statement)q",
                  "torch");
}

void ApiCompileHintCheck::check(const MatchResult& result) {
  const auto name = result.file.semantic().qualifiedName(result.node("callee"));
  if (!name || std::find(kCompileHints.begin(), kCompileHints.end(), *name) == kCompileHints.end()) return;
  const Node statement = result.node("statement");
  const Node assignment = result.node("assignment");
  if (statement.namedChildCount() != 1) return;
  if (assignment && (*name != "torch.fx.wrap" || !rebindsItsArgument(assignment, result.node("call")))) return;
  Fix fix{"remove the statement", Applicability::Safe, {removeStatement(statement)}, {}};
  if (dropsForeignComment(statement, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, result.node("call"), "'" + *name + "' only informs torch's compiler or tracer; MindSpore needs nothing here",
         removing(std::move(fix)));
}

}  // namespace pyconv::api_mapping
