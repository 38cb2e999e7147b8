#include "DeviceBranchCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include <algorithm>
#include <optional>
#include <string>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {
namespace {

bool isDeviceType(Node n) {
  return n.is(syntax::Kind::Attribute) && n.field(syntax::Field::Attribute).text() == "type" && n.field(syntax::Field::Object).is(syntax::Kind::Attribute) &&
         n.field(syntax::Field::Object).field(syntax::Field::Attribute).text() == "device";
}

// The device string of `torch.device("meta")` (one plain string argument), else empty.
std::string_view torchDeviceLiteral(Node e, const SemanticModel& semantic) {
  if (e.syntaxKind() != syntax::Kind::Call) return {};
  const auto callee = semantic.qualifiedName(e.field(syntax::Field::Function));
  const Node args = e.field(syntax::Field::Arguments);
  if (!callee || *callee != "torch.device" || args.namedChildCount() != 1) return {};
  return plainStringLiteral(args.namedChild(0)).value_or(std::string_view{});
}

bool isDeviceAttribute(Node n) { return n.is(syntax::Kind::Attribute) && n.field(syntax::Field::Attribute).text() == "device"; }

// `x.device.type == "cuda"` or `x.device == torch.device("cuda")`: the device string compared, or
// empty when the comparison is not one of those.
std::string_view comparedDevice(Node a, Node b, const SemanticModel& semantic) {
  for (int turn = 0; turn < 2; ++turn, std::swap(a, b)) {
    if (isDeviceType(a) && b.is(syntax::Kind::String)) return stringContent(b);
    if (isDeviceAttribute(a)) {
      if (const auto literal = torchDeviceLiteral(b, semantic); !literal.empty()) return literal;
    }
  }
  return {};
}

// `torch.cuda.device_count() > 1` and the like: MindSpore sees no CUDA device, so the count is 0.
std::optional<bool> cudaCountTest(Node a, std::string_view op, Node b, const SemanticModel& semantic) {
  auto isCount = [&](Node n) {
    if (n.syntaxKind() != syntax::Kind::Call || n.field(syntax::Field::Arguments).namedChildCount() != 0) return false;
    const auto callee = semantic.qualifiedName(n.field(syntax::Field::Function));
    return callee && *callee == "torch.cuda.device_count";
  };
  bool swapped = false;
  if (!isCount(a)) {
    std::swap(a, b);
    swapped = true;
  }
  if (!isCount(a) || b.syntaxKind() != syntax::Kind::Integer || b.text().find_first_not_of("0123456789") != std::string_view::npos ||
      b.text().size() > 9) {
    return std::nullopt;
  }
  const long count = 0, literal = std::stol(std::string(b.text()));
  const long left = swapped ? literal : count, right = swapped ? count : literal;
  if (op == "==") return left == right;
  if (op == "!=") return left != right;
  if (op == "<") return left < right;
  if (op == "<=") return left <= right;
  if (op == ">") return left > right;
  if (op == ">=") return left >= right;
  return std::nullopt;
}

// What MindSpore makes of one device test, or nullopt when it cannot be known.
std::optional<bool> deviceAtom(Node e, const SemanticModel& semantic) {
  const auto kind = e.syntaxKind();
  if (kind == syntax::Kind::Attribute) {
    const auto name = e.field(syntax::Field::Attribute).text();
    if (name == "is_cuda" || name == "is_meta" || name == "is_mps") return false;
    return std::nullopt;
  }
  if (kind == syntax::Kind::Call) {
    const auto callee = semantic.qualifiedName(e.field(syntax::Field::Function));
    if (callee && (*callee == "torch.cuda.is_available" || *callee == "torch.backends.mps.is_available")) return false;
    return std::nullopt;
  }
  if (kind == syntax::Kind::ComparisonOperator && e.namedChildCount() == 2 && e.childCount() == 3) {
    const auto op = e.child(1).kind();
    if (const auto count = cudaCountTest(e.namedChild(0), op, e.namedChild(1), semantic)) return count;
    if (op != "==" && op != "!=") return std::nullopt;
    const auto device = comparedDevice(e.namedChild(0), e.namedChild(1), semantic);
    // A tensor may be on the CPU under MindSpore; never on any other device torch names.
    if (device.empty() || device == "cpu" || device.starts_with("cpu:") || !isDeviceString(device)) return std::nullopt;
    return op == "!=";
  }
  return std::nullopt;
}

}  // namespace

CheckSpec DeviceBranchCheck::spec() {
  return {.name = "device-branch",
          .summary = "keeps the path MindSpore takes in `x.device.type == \"cuda\"`, `x.device == torch.device(\"meta\")`, `x.is_cuda`, `torch.cuda.is_available()` tests",
          .phase = CheckPhase::Prepare};
}

void DeviceBranchCheck::registerMatchers(MatchFinder& finder) {
  // The file holds what check() asks every condition to hold.
  finder.addQuery(*this, "[(if_statement condition: (_) @condition) (conditional_expression) @ternary] @branch",
                  {"device", "is_"});
}

void DeviceBranchCheck::check(const MatchResult& result) {
  const Node branch = result.node("branch");
  const bool ternary = branch.is(syntax::Kind::ConditionalExpression);
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
