#include "ApiAutogradFunctionCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Query.hpp>
#include <pyconv/Tree.hpp>

#include <algorithm>

namespace pyconv::api_mapping {
namespace {

struct Method {
  Node definition;  // the function_definition
  Node decorator;   // its @staticmethod, if any
};

Method findMethod(Node body, std::string_view name) {
  for (const Node statement : body.namedChildren()) {
    Node def = statement, decorator;
    if (statement.is(syntax::Kind::DecoratedDefinition)) {
      def = statement.field(syntax::Field::Definition);
      for (const Node d : statement.namedChildren()) {
        if (d.is(syntax::Kind::Decorator) && d.text() == "@staticmethod") decorator = d;
      }
    }
    if (def.is(syntax::Kind::FunctionDefinition) && def.field(syntax::Field::Name).text() == name) return {def, decorator};
  }
  return {};
}

std::vector<Node> parameters(Node def) {
  std::vector<Node> out;
  for (const Node p : def.field(syntax::Field::Parameters).namedChildren()) {
    if (p.syntaxKind() != syntax::Kind::Comment) out.push_back(p);
  }
  return out;
}

// The context methods a Cell has no equivalent for: the fix would leave `self.<method>` calls
// that fail at run time, so a Function using one is reported without a fix.
constexpr std::string_view kContextOnlyMethods[] = {"needs_input_grad", "mark_dirty", "mark_non_differentiable",
                                                    "set_materialize_grads"};

// `ctx` -> `self` in a method, and `ctx.save_for_backward(a, b)` statements -> an assignment.
// Returns false (and adds nothing) when the method uses a context feature a Cell lacks.
bool ctxEdits(const Method& method, const SemanticModel& semantic, std::vector<Edit>& edits) {
  const auto params = parameters(method.definition);
  if (params.empty() || params.front().syntaxKind() != syntax::Kind::Identifier) return false;
  const Node ctx = params.front();
  std::vector<Edit> out{Edit{ctx.begin(), ctx.end(), "self"}};
  const Binding* binding = semantic.bindingAt(ctx);
  for (const Node use : binding ? semantic.references(*binding) : std::vector<Node>{}) {
    const Node attribute = use.parent();
    const Node call = attribute.parent();
    const std::string_view member = attribute.is(syntax::Kind::Attribute) ? attribute.field(syntax::Field::Attribute).text() : "";
    if (std::ranges::find(kContextOnlyMethods, member) != std::end(kContextOnlyMethods)) return false;
    if (member == "save_for_backward" && call.is(syntax::Kind::Call) && call.parent().is(syntax::Kind::ExpressionStatement)) {
      const std::string_view args = call.field(syntax::Field::Arguments).text();
      std::string inner(args.substr(1, args.size() - 2));
      if (inner.find(',') == std::string::npos && !inner.empty()) inner += ",";
      out.push_back(Edit{call.begin(), call.end(), "self.saved_tensors = (" + inner + ")"});
    } else {
      out.push_back(Edit{use.begin(), use.end(), "self"});
    }
  }
  edits.insert(edits.end(), out.begin(), out.end());
  return true;
}

bool isFunctionBase(Node bases, const SemanticModel& semantic) {
  for (const Node base : bases.namedChildren()) {
    const auto q = semantic.qualifiedName(base);
    if (q && (*q == "torch.autograd.Function" || *q == "torch.autograd.function.Function")) return true;
  }
  return false;
}

}  // namespace

CheckSpec ApiAutogradFunctionCheck::spec() {
  return {.name = "api-autograd-function",
          .summary = "custom `torch.autograd.Function` -> `Cell` with `construct`/`bprop` (Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiAutogradFunctionCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(class_definition name: (identifier) @name superclasses: (argument_list) @bases body: (block) @body) @class",
                  "Function");
}

void ApiAutogradFunctionCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  const Node body = result.node("body");
  const Method forward = findMethod(body, "forward"), backward = findMethod(body, "backward");
  // A Function subclass by its base, or (once api-map renamed the base) by its static forward(ctx).
  if (!forward.definition || !forward.decorator) return;
  const auto forwardParams = parameters(forward.definition);
  const bool ctxFirst = !forwardParams.empty() && forwardParams.front().text() == "ctx";
  if (!isFunctionBase(result.node("bases"), semantic) && !ctxFirst) return;
  const Node name = result.node("name");
  constexpr std::string_view message = "a torch.autograd.Function is a Cell with construct and bprop in MindSpore";
  // torch 2's setup_context style (forward without ctx) and the context methods a Cell lacks are
  // left to a person: the finding stays, without a fix.
  if (findMethod(body, "setup_context").definition) return report(result.file, name, std::string(message));
  Fix fix{"turn the Function into a Cell with construct and bprop", Applicability::Unsafe, {}, {}};
  fix.edits.push_back(removeLines(forward.decorator));
  const Node forwardName = forward.definition.field(syntax::Field::Name);
  fix.edits.push_back(Edit{forwardName.begin(), forwardName.end(), "construct"});
  if (!ctxEdits(forward, semantic, fix.edits)) return report(result.file, name, std::string(message));
  if (backward.definition) {
    if (backward.decorator) fix.edits.push_back(removeLines(backward.decorator));
    const Node backwardName = backward.definition.field(syntax::Field::Name);
    fix.edits.push_back(Edit{backwardName.begin(), backwardName.end(), "bprop"});
    if (!ctxEdits(backward, semantic, fix.edits)) return report(result.file, name, std::string(message));
    // bprop(self, <the inputs of construct>, out, <the gradients>).
    const auto inputs = parameters(forward.definition), grads = parameters(backward.definition);
    if (grads.size() > 1) {
      std::string extra;
      for (std::size_t i = 1; i < inputs.size(); ++i) {
        const Node name = inputs[i].is(syntax::Kind::Identifier) ? inputs[i] : inputs[i].field(syntax::Field::Name);
        extra += std::string(name ? name.text() : inputs[i].text()) + ", ";
      }
      extra += "out, ";
      fix.edits.push_back(Edit{grads[1].begin(), grads[1].begin(), extra});
    }
  }
  // Fn.apply(...) -> Fn()(...).
  static const auto applyCalls = Query::compile("(call function: (attribute object: (identifier) @object attribute: (identifier) @apply)) @call");
  applyCalls->forEachMatch(result.file.tree().root(), [&](const QueryMatch& m) {
        const Node object = m.get("object");
        if (m.get("apply").text() != "apply" || object.text() != name.text()) return;
        const Binding* b = semantic.resolve(object);
        if (b == nullptr || !(b->node == name)) return;
        fix.edits.push_back(Edit{object.end(), m.get("apply").end(), "()"});
      });
  std::sort(fix.edits.begin(), fix.edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  fix.edits.erase(std::unique(fix.edits.begin(), fix.edits.end()), fix.edits.end());
  report(result.file, name, std::string(message), std::move(fix));
}

}  // namespace pyconv::api_mapping
