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
    if (string.namedChild(i).is(syntax::Kind::StringContent)) return string.namedChild(i).text();
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
  const auto kind = e.syntaxKind();
  if (kind == syntax::Kind::Identifier) {
    if (e.text() == "device") return DeviceLike::Yes;
    return isDeviceName(e.text()) ? DeviceLike::Likely : DeviceLike::No;
  }
  if (kind == syntax::Kind::Attribute) {
    const auto name = e.field(syntax::Field::Attribute).text();
    if (name == "device") return DeviceLike::Yes;
    return isDeviceName(name) ? DeviceLike::Likely : DeviceLike::No;
  }
  if (kind == syntax::Kind::String) return isDeviceString(stringContent(e)) ? DeviceLike::Yes : DeviceLike::No;
  if (kind == syntax::Kind::Call) {
    const auto callee = file.semantic().qualifiedName(e.field(syntax::Field::Function));
    return callee && *callee == "torch.device" ? DeviceLike::Yes : DeviceLike::No;
  }
  if (kind == syntax::Kind::BinaryOperator) {  // "cuda:" + str(k)
    const Node left = e.field(syntax::Field::Left);
    return left.is(syntax::Kind::String) && stringContent(left).starts_with("cuda:") ? DeviceLike::Yes : DeviceLike::No;
  }
  if (kind == syntax::Kind::ConditionalExpression && e.namedChildCount() == 3) {
    const DeviceLike a = deviceLike(e.namedChild(0), file), b = deviceLike(e.namedChild(2), file);
    return std::min(a, b);
  }
  if (kind == syntax::Kind::ParenthesizedExpression && e.namedChildCount() == 1) return deviceLike(e.namedChild(0), file);
  return DeviceLike::No;
}

Fix dropMethodCall(Node call, std::string title) {
  const Node attribute = call.field(syntax::Field::Function);
  const Node receiver = attribute.field(syntax::Field::Object);
  Fix fix;
  const Node parent = call.parent();
  const bool rebindsReceiver = parent.is(syntax::Kind::Assignment) && parent.field(syntax::Field::Right) == call &&
                               parent.field(syntax::Field::Left).text() == receiver.text() && !parent.field(syntax::Field::Type);
  const Node statement = rebindsReceiver ? parent.parent() : parent;
  if ((rebindsReceiver || (parent.is(syntax::Kind::ExpressionStatement) && isPlainReference(receiver))) &&
      statement.is(syntax::Kind::ExpressionStatement) && statement.namedChildCount() == 1) {
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
  const auto kind = e.syntaxKind();
  if (kind == syntax::Kind::Identifier) return e.text() == "device" || e.text() == "device_type";
  if (kind == syntax::Kind::String) return isDeviceString(stringContent(e));
  for (uint32_t i = 0; i < e.namedChildCount(); ++i) {
    if (mentionsDevice(e.namedChild(i))) return true;
  }
  return false;
}

}  // namespace pyconv::device_removal
