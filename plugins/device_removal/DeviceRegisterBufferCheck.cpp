#include "DeviceRegisterBufferCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include <algorithm>
#include <cctype>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {
namespace {

bool isIdentifierText(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s.front()))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

}  // namespace

CheckSpec DeviceRegisterBufferCheck::spec() {
  return {.name = "device-register-buffer",
          .summary = "buffer re-registration outside `__init__` -> attribute",
          .phase = CheckPhase::Prepare};
}

void DeviceRegisterBufferCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  R"((expression_statement (call function: (attribute object: (identifier) @self attribute: (identifier) @method)
                       arguments: (argument_list) @args) @call
                       (#eq? @self "self") (#eq? @method "register_buffer")) @statement)",
                  "register_buffer");
}

void DeviceRegisterBufferCheck::check(const MatchResult& result) {
  Node def = result.node("statement");
  while (def && def.syntaxKind() != syntax::Kind::FunctionDefinition) def = def.parent();
  if (!def || def.field(syntax::Field::Name).text() == "__init__") return;
  const Node args = result.node("args");
  const Node persistent = keywordArgument(args, "persistent");
  if (!persistent || persistent.field(syntax::Field::Value).text() != "False") return;
  std::vector<Node> positional;
  for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
    if (args.namedChild(i).syntaxKind() != syntax::Kind::KeywordArgument && args.namedChild(i).syntaxKind() != syntax::Kind::Comment) {
      positional.push_back(args.namedChild(i));
    }
  }
  if (positional.size() != 2 || positional[0].syntaxKind() != syntax::Kind::String) return;
  const std::string_view quoted = positional[0].text();
  const std::string_view name = quoted.size() >= 2 ? quoted.substr(1, quoted.size() - 2) : std::string_view{};
  if (!isIdentifierText(name)) return;
  const Node call = result.node("call");
  Fix fix{"assign the attribute", Applicability::Safe,
          {{call.begin(), call.end(), "self." + std::string(name) + " = " + std::string(positional[1].text())}}, {}};
  if (dropsForeignComment(call, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, result.node("method"),
         "re-registering a non-persistent buffer outside __init__ only moves it to a device; assign it instead",
         removing(std::move(fix)));
}

}  // namespace pyconv::device_removal
