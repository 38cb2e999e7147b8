#include "DeviceVariableCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {
namespace {

bool isDeviceVariable(Node n) {
  return n.is(syntax::Kind::Identifier) && (n.text() == "device" || n.text() == "device_type");
}

// A binding nobody can read: no use of the name in its scope after it (a use after `if ...:
// device = a.device` / `else: device = b.device` resolves to the nearest binding only, but
// either assignment may reach it), and inside a loop no use in that loop (the next turn reads it).
// Uses before it, like `if device is None:` above `device = w.device`, cannot see it.
bool unused(const SemanticModel& semantic, Node name) {
  const Binding* binding = semantic.bindingAt(name);
  if (binding == nullptr) return false;
  Node loop = name.parent();
  while (loop && loop.syntaxKind() != syntax::Kind::ForStatement && loop.syntaxKind() != syntax::Kind::WhileStatement &&
         loop.syntaxKind() != syntax::Kind::FunctionDefinition && loop.syntaxKind() != syntax::Kind::Module) {
    loop = loop.parent();
  }
  const bool inLoop = loop && (loop.is(syntax::Kind::ForStatement) || loop.is(syntax::Kind::WhileStatement));
  for (const Binding& other : semantic.bindings()) {
    if (other.scope != binding->scope || other.name != binding->name) continue;
    for (const Node use : semantic.references(other)) {
      if (use.begin() >= binding->statement.end()) return false;  // its own right side reads an earlier one
      if (inLoop && use.begin() >= loop.begin() && use.end() <= loop.end()) return false;
    }
  }
  return true;
}

}  // namespace

CheckSpec DeviceVariableCheck::spec() {
  return {.name = "device-variable",
          .summary = "removes device variables nobody reads",
          .phase = CheckPhase::Prepare};
}

void DeviceVariableCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(expression_statement (assignment left: (_) @left right: (_) @right) @assign) @statement",
                  "device");
}

void DeviceVariableCheck::check(const MatchResult& result) {
  const Node left = result.node("left"), right = result.node("right"), statement = result.node("statement");
  if (result.node("assign").field(syntax::Field::Type) || statement.namedChildCount() != 1) return;
  const SemanticModel& semantic = result.file.semantic();
  const std::string message = "a device variable nobody reads; MindSpore needs no device";
  if (isDeviceVariable(left)) {
    if (mentionsDevice(right) && unused(semantic, left)) {
      Fix fix{"remove the statement", Applicability::Safe, {removeStatement(statement)}, {}};
      if (dropsForeignComment(statement, fix.edits.front())) fix.applicability = Applicability::Unsafe;
      report(result.file, left, message, removing(std::move(fix)));
    }
    return;
  }
  // `dtype, device = t.dtype, t.device`: drop the device element on both sides.
  const bool tuple = left.is(syntax::Kind::PatternList) || left.is(syntax::Kind::TuplePattern);
  if (!tuple || right.syntaxKind() != syntax::Kind::ExpressionList || left.namedChildCount() != right.namedChildCount()) return;
  std::vector<Node> targets, values;
  for (uint32_t i = 0; i < left.namedChildCount(); ++i) {
    if (isDeviceVariable(left.namedChild(i)) && mentionsDevice(right.namedChild(i)) && unused(semantic, left.namedChild(i))) {
      targets.push_back(left.namedChild(i));
      values.push_back(right.namedChild(i));
    }
  }
  if (targets.empty()) return;
  Fix fix{"drop the device from the assignment", Applicability::Safe, {}, {}};
  if (targets.size() == left.namedChildCount()) {
    fix.edits.push_back(removeStatement(statement));
  } else {
    for (auto* list : {&targets, &values}) {
      for (const Edit& e : removeArguments(*list)) fix.edits.push_back(e);
    }
  }
  report(result.file, targets.front(), message, removing(std::move(fix)));
}

}  // namespace pyconv::device_removal
