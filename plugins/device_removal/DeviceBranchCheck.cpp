#include "DeviceBranchCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include <algorithm>
#include <optional>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {
namespace {

bool isDeviceType(Node n) {
  return n.kind() == "attribute" && n.field("attribute").text() == "type" && n.field("object").kind() == "attribute" &&
         n.field("object").field("attribute").text() == "device";
}

// What MindSpore makes of one device test, or nullopt when it cannot be known.
std::optional<bool> deviceAtom(Node e, const SemanticModel& semantic) {
  const auto kind = e.kind();
  if (kind == "attribute") {
    const auto name = e.field("attribute").text();
    if (name == "is_cuda" || name == "is_meta" || name == "is_mps") return false;
    return std::nullopt;
  }
  if (kind == "call") {
    const auto callee = semantic.qualifiedName(e.field("function"));
    if (callee && (*callee == "torch.cuda.is_available" || *callee == "torch.backends.mps.is_available")) return false;
    return std::nullopt;
  }
  if (kind == "comparison_operator" && e.namedChildCount() == 2 && e.childCount() == 3) {
    const auto op = e.child(1).kind();
    Node a = e.namedChild(0), b = e.namedChild(1);
    if (!isDeviceType(a)) std::swap(a, b);
    if (!isDeviceType(a) || b.kind() != "string" || (op != "==" && op != "!=")) return std::nullopt;
    const auto device = stringContent(b);
    if (device == "cpu" || !isDeviceString(device)) return std::nullopt;  // MindSpore may be on the CPU
    return op == "!=";
  }
  return std::nullopt;
}

}  // namespace

void DeviceBranchCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "[(if_statement condition: (_) @condition) (conditional_expression) @ternary] @branch");
}

void DeviceBranchCheck::check(const MatchResult& result) {
  const Node branch = result.node("branch");
  const bool ternary = branch.kind() == "conditional_expression";
  const Node condition = ternary ? branch.namedChild(1) : result.node("condition");
  // Cheap text test first: most conditions in a file are about something else.
  const auto text = condition.text();
  if (text.find("device") == std::string_view::npos && text.find("is_") == std::string_view::npos) return;
  const SemanticModel& semantic = result.file.semantic();
  const auto value = evaluateCondition(condition, [&](Node atom) { return deviceAtom(atom, semantic); });
  if (!value) return;
  Fix fix{*value ? "keep the branch MindSpore takes (true)" : "keep the branch MindSpore takes (false)",
          Applicability::Safe, {}, {}};
  if (ternary) {
    fix.edits.push_back(replaceExpression(branch, branch.namedChild(*value ? 0 : 2).text()));
  } else {
    fix.edits.push_back(keepBranch(branch, *value));
  }
  if (dropsForeignComment(branch, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, condition, std::string("this device test is always ") + (*value ? "true" : "false") +
                                     " under MindSpore; only that path is kept", removing(std::move(fix)));
}

}  // namespace pyconv::device_removal
