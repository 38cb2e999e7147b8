#include "DeviceExpressions.hpp"

#include <pyconv/PythonEdits.hpp>

#include <array>

namespace pyconv::device_removal {
namespace {

// A bare name or a dotted chain of names: evaluating it again (or not at all) has no effect.
Node dotOf(Node attribute) {
  for (uint32_t i = 0; i < attribute.childCount(); ++i) {
    if (attribute.child(i).kind() == ".") return attribute.child(i);
  }
  return {};
}

bool isDeviceName(std::string_view name) { return name.ends_with("_device") || name.starts_with("device_"); }

}  // namespace

std::string_view stringContent(Node string) {
  for (uint32_t i = 0; i < string.namedChildCount(); ++i) {
    if (string.namedChild(i).kind() == "string_content") return string.namedChild(i).text();
  }
  return {};
}

bool isDeviceString(std::string_view literal) {
  static constexpr std::array<std::string_view, 7> kinds = {"cpu", "cuda", "mps", "meta", "xpu", "npu", "hpu"};
  for (auto kind : kinds) {
    if (literal == kind) return true;
    if (literal.starts_with(kind) && literal.size() > kind.size() + 1 && literal[kind.size()] == ':' &&
        literal.substr(kind.size() + 1).find_first_not_of("0123456789") == std::string_view::npos) {
      return true;
    }
  }
  return literal == "cuda:";
}

DeviceLike deviceLike(Node e, const FileContext& file) {
  const auto kind = e.kind();
  if (kind == "identifier") {
    if (e.text() == "device") return DeviceLike::Yes;
    return isDeviceName(e.text()) ? DeviceLike::Likely : DeviceLike::No;
  }
  if (kind == "attribute") {
    const auto name = e.field("attribute").text();
    if (name == "device") return DeviceLike::Yes;
    return isDeviceName(name) ? DeviceLike::Likely : DeviceLike::No;
  }
  if (kind == "string") return isDeviceString(stringContent(e)) ? DeviceLike::Yes : DeviceLike::No;
  if (kind == "call") {
    const auto callee = file.semantic().qualifiedName(e.field("function"));
    return callee && *callee == "torch.device" ? DeviceLike::Yes : DeviceLike::No;
  }
  if (kind == "binary_operator") {  // "cuda:" + str(k)
    const Node left = e.field("left");
    return left.kind() == "string" && stringContent(left).starts_with("cuda:") ? DeviceLike::Yes : DeviceLike::No;
  }
  if (kind == "conditional_expression" && e.namedChildCount() == 3) {
    const DeviceLike a = deviceLike(e.namedChild(0), file), b = deviceLike(e.namedChild(2), file);
    return std::min(a, b);
  }
  if (kind == "parenthesized_expression" && e.namedChildCount() == 1) return deviceLike(e.namedChild(0), file);
  return DeviceLike::No;
}

Fix dropMethodCall(Node call, std::string title) {
  const Node attribute = call.field("function");
  const Node receiver = attribute.field("object");
  Fix fix;
  const Node parent = call.parent();
  const bool rebindsReceiver = parent.kind() == "assignment" && parent.field("right") == call &&
                               parent.field("left").text() == receiver.text() && !parent.field("type");
  const Node statement = rebindsReceiver ? parent.parent() : parent;
  if ((rebindsReceiver || (parent.kind() == "expression_statement" && isPlainReference(receiver))) &&
      statement.kind() == "expression_statement" && statement.namedChildCount() == 1) {
    fix.title = "remove the statement";
    fix.edits.push_back(removeStatement(statement));
  } else {
    fix.title = std::move(title);
    fix.edits.push_back(Edit{dotOf(attribute).begin(), call.end(), ""});
  }
  fix.applicability = dropsForeignComment(call, fix.edits.front()) ? Applicability::Unsafe : Applicability::Safe;
  return fix;
}

bool mentionsDevice(Node e) {
  const auto kind = e.kind();
  if (kind == "identifier") return e.text() == "device" || e.text() == "device_type";
  if (kind == "string") return isDeviceString(stringContent(e));
  for (uint32_t i = 0; i < e.namedChildCount(); ++i) {
    if (mentionsDevice(e.namedChild(i))) return true;
  }
  return false;
}

}  // namespace pyconv::device_removal
