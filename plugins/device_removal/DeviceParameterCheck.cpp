#include "DeviceParameterCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Query.hpp>
#include <pyconv/Tree.hpp>

#include <algorithm>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {
namespace {

// The identifier a parameter binds: `device`, `device=None`, `device: torch.device = None`.
Node parameterName(Node parameter) {
  if (parameter.is(syntax::Kind::Identifier)) return parameter;
  if (Node name = parameter.field(syntax::Field::Name)) return name;
  return parameter.is(syntax::Kind::TypedParameter) ? parameter.namedChild(0) : Node{};
}

// The class a method belongs to, or a null node.
Node enclosingClass(Node def) {
  Node n = def.parent();
  if (n.is(syntax::Kind::DecoratedDefinition)) n = n.parent();
  return n.is(syntax::Kind::Block) && n.parent().is(syntax::Kind::ClassDefinition) ? n.parent() : Node{};
}

// Every call of the file whose callee is a plain name or `self.<name>`, by that name, in document
// order: built once per pass, where a query over the file per def made a file with many defs
// taking a device cost its size times their number.
CallIndex indexCalls(Node root) {
  CallIndex index;
  Query::compile("(call function: (_) @f arguments: (argument_list) @args) @call")->forEachMatch(root, [&](const QueryMatch& m) {
    const Node f = m.get("f");
    const CallSite site{m.get("call"), f, m.get("args")};
    if (f.is(syntax::Kind::Identifier)) {
      index.names[std::string(f.text())].push_back(site);
    } else if (f.is(syntax::Kind::Attribute) && f.field(syntax::Field::Object).text() == "self") {
      index.selfMethods[std::string(f.field(syntax::Field::Attribute).text())].push_back(site);
    }
  });
  return index;
}

bool isStaticMethod(Node def) {
  const Node decorated = def.parent();
  return decorated.is(syntax::Kind::DecoratedDefinition) && decorated.text().find("@staticmethod") != std::string_view::npos;
}

// The lines of a docstring entry `device (...): ...` with its more indented continuation lines.
std::optional<Edit> docstringEntry(Node body) {
  const Node first = body.namedChild(0);
  if (first.syntaxKind() != syntax::Kind::ExpressionStatement || first.namedChild(0).syntaxKind() != syntax::Kind::String) return std::nullopt;
  const Node string = first.namedChild(0);
  const std::string_view text = string.tree()->text();
  auto lineEnd = [&](uint32_t at) {
    const auto n = text.find('\n', at);
    return n == std::string_view::npos || n >= string.end() ? string.end() : static_cast<uint32_t>(n + 1);
  };
  auto indentOf = [&](uint32_t at, uint32_t end) {
    uint32_t i = at;
    while (i < end && (text[i] == ' ' || text[i] == '\t')) ++i;
    return i;
  };
  for (uint32_t line = lineEnd(string.begin()); line < string.end(); line = lineEnd(line)) {
    const uint32_t end = lineEnd(line);
    const uint32_t content = indentOf(line, end);
    const std::string_view rest = text.substr(content, end - content);
    if (!rest.starts_with("device ") && !rest.starts_with("device(") && !rest.starts_with("device:")) continue;
    uint32_t stop = end;
    while (stop < string.end()) {
      const uint32_t next = lineEnd(stop);
      const uint32_t nextContent = indentOf(stop, next);
      const bool blank = nextContent >= next || text[nextContent] == '\n' || text[nextContent] == '\r';
      if (blank || nextContent - stop <= content - line) break;
      stop = next;
    }
    if (stop >= string.end()) return std::nullopt;  // the entry runs into the closing quotes
    return Edit{line, stop, ""};
  }
  return std::nullopt;
}

}  // namespace

CheckSpec DeviceParameterCheck::spec() {
  return {.name = "device-parameter",
          .summary = "removes `device` parameters with their arguments at every call site",
          .phase = CheckPhase::Prepare};
}

void DeviceParameterCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(function_definition name: (identifier) @name parameters: (parameters) @params body: (block) @body) @def",
                  "device");
}

void DeviceParameterCheck::onStartOfPass(FileContext&) { calls_.reset(); }

const CallIndex& DeviceParameterCheck::callsOf(FileContext& file) {
  if (!calls_) calls_ = indexCalls(file.tree().root());
  return *calls_;
}

void DeviceParameterCheck::check(const MatchResult& result) {
  const Node params = result.node("params");
  if (params.text().find("device") == std::string_view::npos) return;  // most functions: no device parameter
  Node parameter;
  int position = -1, index = 0;
  bool keywordOnly = false;
  for (uint32_t i = 0; i < params.namedChildCount(); ++i) {
    const Node p = params.namedChild(i);
    if (p.is(syntax::Kind::Comment)) continue;
    if (p.is(syntax::Kind::ListSplatPattern) || p.is(syntax::Kind::KeywordSeparator)) keywordOnly = true;
    if (parameterName(p).text() == "device") {
      parameter = p;
      position = keywordOnly ? -1 : index;
    }
    ++index;
  }
  if (!parameter) return;
  const SemanticModel& semantic = result.file.semantic();
  const Node def = result.node("def");
  const Node cls = enclosingClass(def);
  const int offset = cls && !isStaticMethod(def) ? 1 : 0;

  Fix fix{"remove the 'device' parameter and its arguments", Applicability::Safe, {removeArgument(parameter)}, {}};
  bool removable = true;
  // Inside the function: every use must be an argument passed on.
  const Binding* binding = semantic.bindingAt(parameterName(parameter));
  for (const Node use : binding ? semantic.references(*binding) : std::vector<Node>{}) {
    const Node parent = use.parent();
    if (parent.is(syntax::Kind::KeywordArgument) && parent.field(syntax::Field::Value) == use) {
      fix.edits.push_back(removeArgument(parent));
    } else if (parent.is(syntax::Kind::ArgumentList)) {
      const Node call = parent.parent();
      const Node callee = call.field(syntax::Field::Function);
      const bool onlyArgumentOfTo = callee.is(syntax::Kind::Attribute) && callee.field(syntax::Field::Attribute).text() == "to" &&
                                    parent.namedChildCount() == 1;
      fix.edits.push_back(onlyArgumentOfTo ? dropMethodCall(call, "").edits.front() : removeArgument(use));
    } else {
      removable = false;
    }
  }
  // Call sites in this file: f(...) for a function, C(...) for __init__, self.m(...) for a method.
  const std::string name(result.node("name").text());
  const Node target = name == "__init__" && cls ? cls.field(syntax::Field::Name) : result.node("name");
  const bool viaSelf = cls && name != "__init__";
  std::size_t callSites = 0;
  const CallIndex& calls = callsOf(result.file);
  const auto& byName = viaSelf ? calls.selfMethods : calls.names;
  const auto named = byName.find(viaSelf ? name : std::string(target.text()));
  static const std::vector<CallSite> none;
  for (const CallSite& site : named == byName.end() ? none : named->second) {
    const Node f = site.function;
    const bool matches = viaSelf ? cls.begin() <= site.call.begin() && site.call.end() <= cls.end()
                                 : semantic.resolve(f) && semantic.resolve(f)->node == target;
    if (!matches) continue;
    const Node args = site.arguments;
    if (Node keyword = keywordArgument(args, "device")) {
      fix.edits.push_back(removeArgument(keyword));
      ++callSites;
      continue;
    }
    int positional = 0;
    for (const Node a : args.namedChildren()) {
      if (a.is(syntax::Kind::ListSplat) || a.is(syntax::Kind::DictionarySplat)) {
        fix.applicability = Applicability::Unsafe;  // cannot see which argument is the device
        break;
      }
      if (a.is(syntax::Kind::KeywordArgument) || a.is(syntax::Kind::Comment)) continue;
      if (position >= 0 && positional++ == position - offset) {
        fix.edits.push_back(removeArgument(a));
        ++callSites;
        break;
      }
    }
  }
  if (auto entry = docstringEntry(result.node("body"))) fix.edits.push_back(*entry);
  std::sort(fix.edits.begin(), fix.edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  fix.edits.erase(std::unique(fix.edits.begin(), fix.edits.end()), fix.edits.end());
  if (!removable) {
    report(result.file, parameterName(parameter),
           "parameter 'device' is used in a way no rule removes; remove it by hand");
    return;
  }
  for (const Edit& e : fix.edits) {
    if (dropsForeignComment(def, e)) fix.applicability = Applicability::Unsafe;
  }
  report(result.file, parameterName(parameter),
         "parameter 'device' is device plumbing; it goes with its argument at " + std::to_string(callSites) +
             " call site" + (callSites == 1 ? "" : "s") + " in this file",
         removing(std::move(fix)));
}

}  // namespace pyconv::device_removal
