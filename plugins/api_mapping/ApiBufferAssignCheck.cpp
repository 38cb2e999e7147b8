#include "ApiBufferAssignCheck.hpp"

#include <fmt/format.h>

#include <map>
#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Query.hpp>
#include <pyconv/Tree.hpp>

namespace pyconv::api_mapping {
namespace {

struct Registration {
  std::string persistent;      // the argument's text; empty when not given
  bool unconditional = false;  // a statement of its own directly in __init__'s body
  uint32_t begin = 0;          // where the first registration is
  Node function;               // the method it is in
};

// The persistent argument of register_buffer(name, tensor, persistent=True).
std::string persistentArgument(Node arguments) {
  std::size_t positional = 0;
  for (Node arg : arguments.namedChildren()) {
    if (arg.is(syntax::Kind::KeywordArgument) && arg.field(syntax::Field::Name).text() == "persistent") return std::string(arg.field(syntax::Field::Value).text());
    if (arg.syntaxKind() != syntax::Kind::KeywordArgument && arg.syntaxKind() != syntax::Kind::Comment && ++positional == 3) return std::string(arg.text());
  }
  return {};
}

// Buffers the class registers on self in its own methods: name -> how.
std::map<std::string, Registration> registeredBuffers(Node cls) {
  static const auto query = Query::compile(
      "(call function: (attribute object: (identifier) @self attribute: (identifier) @method)"
      " arguments: (argument_list . (string) @name) @args"
      " (#eq? @self \"self\") (#eq? @method \"register_buffer\")) @call");
  std::map<std::string, Registration> buffers;
  query->forEachMatch(cls, [&](const QueryMatch& m) {
    const Node call = m.get("call");
    if (enclosingOfKind(call, syntax::Kind::ClassDefinition) != cls) return;
    const auto literal = plainStringLiteral(m.get("name"));
    if (!literal || literal->empty()) return;
    const std::string name(*literal);
    const Node function = enclosingOfKind(call, syntax::Kind::FunctionDefinition);
    const Node statement = call.parent();
    const bool unconditional = function && function.field(syntax::Field::Name).text() == "__init__" &&
                               statement.is(syntax::Kind::ExpressionStatement) && statement.parent() == function.field(syntax::Field::Body);
    auto [it, inserted] = buffers.try_emplace(name, Registration{persistentArgument(m.get("args")), unconditional,
                                                                call.begin(), function});
    if (!inserted) {
      it->second.unconditional = it->second.unconditional && unconditional &&
                                 it->second.persistent == persistentArgument(m.get("args"));
    }
  });
  return buffers;
}

// `value` as an operand of a binary operator.
std::string operand(Node value) {
  using syntax::Kind;
  static constexpr Kind primaries[] = {Kind::Identifier, Kind::Attribute, Kind::Call,  Kind::Subscript,
                                      Kind::Integer,    Kind::Float,     Kind::ParenthesizedExpression, Kind::String};
  for (const Kind kind : primaries) {
    if (value.is(kind)) return std::string(value.text());
  }
  return "(" + std::string(value.text()) + ")";
}

}  // namespace

CheckSpec ApiBufferAssignCheck::spec() {
  return {.name = "api-buffer-assign",
          .summary = "`self.buf = x` -> `self.register_buffer(\"buf\", x)` for registered buffers (MindSpore refuses the assignment)",
          .phase = CheckPhase::Rewrite};
}

void ApiBufferAssignCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(class_definition body: (block)) @class", "register_buffer");
}

void ApiBufferAssignCheck::check(const MatchResult& result) {
  const Node cls = result.node("class");
  if (cls.text().find("register_buffer") == std::string_view::npos) return;  // most classes: no query
  const auto buffers = registeredBuffers(cls);
  if (buffers.empty()) return;
  static const auto assignments = Query::compile(
      "(expression_statement [(assignment left: (attribute object: (identifier) @self attribute: (identifier) @attr)"
      "                                    right: (_) @value) @assign"
      "                       (augmented_assignment left: (attribute object: (identifier) @self attribute: (identifier) @attr)"
      "                                    operator: _ @op right: (_) @value) @assign]"
      " (#eq? @self \"self\"))");
  assignments->forEachMatch(cls, [&](const QueryMatch& m) {
    const Node assign = m.get("assign");
    if (enclosingOfKind(assign, syntax::Kind::ClassDefinition) != cls) return;
    const auto it = buffers.find(std::string(m.get("attr").text()));
    if (it == buffers.end()) return;
    const Registration& registration = it->second;
    const Node function = enclosingOfKind(assign, syntax::Kind::FunctionDefinition);
    if (!function || (function == registration.function && assign.begin() < registration.begin)) return;
    const std::string& name = it->first;
    std::string value(m.get("value").text());
    if (const Node op = m.get("op")) {
      std::string binary(op.text());
      binary.pop_back();  // "-=" -> "-"
      value = fmt::format("self.{} {} {}", name, binary, operand(m.get("value")));
    }
    const std::string persistent = registration.persistent.empty() ? "" : ", persistent=" + registration.persistent;
    report(result.file, assign,
           fmt::format("MindSpore's Cell refuses a Tensor assigned to the registered buffer '{}'; register it again", name),
           Fix{"re-register the buffer", registration.unconditional ? Applicability::Safe : Applicability::Unsafe,
               {{assign.begin(), assign.end(), fmt::format("self.register_buffer(\"{}\", {}{})", name, value, persistent)}},
               {}});
  });
}

}  // namespace pyconv::api_mapping
