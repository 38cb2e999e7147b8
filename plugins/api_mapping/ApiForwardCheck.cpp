#include "ApiForwardCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Tree.hpp>

#include <set>

namespace pyconv::api_mapping {
namespace {

// A base that makes a class a MindSpore Cell. torch.nn.Module and torch.nn layers are not (yet):
// while the base is torch's, `forward` is what torch calls, and renaming it alone would break the
// class (a Safe fix must not change meaning on its own). api-map converts the base first (same
// phase, an earlier iteration), then the class is a Cell and its forward is renamed.
bool isCellBaseName(const std::string& q) {
  if (q == "mindspore.nn.Cell") return true;
  // Layer classes of mint.nn / mindspore.nn are Cells too (class names are capitalised).
  for (const char* prefix : {"mindspore.mint.nn.", "mindspore.nn."}) {
    const std::string p(prefix);
    if (q.starts_with(p) && q.size() > p.size() && std::isupper(static_cast<unsigned char>(q[p.size()])) &&
        q.find('.', p.size()) == std::string::npos) {
      return true;
    }
  }
  // HF modeling infrastructure, which the converted file imports from mindone (a relative import
  // keeps its text; where the file lands decides), whose classes are Cells there.
  return q.ends_with(".PreTrainedModel") || q.ends_with(".GradientCheckpointingLayer") ||
         q.ends_with("modeling_utils.PreTrainedModel");
}

// Whether class `cls` is a Cell: one of its bases is a Cell base, or a class of this file that is.
bool isCell(Node cls, const SemanticModel& semantic, std::set<const void*>& visiting) {
  if (!visiting.insert(cls.raw().id).second) return false;  // a cycle of bases
  const Node bases = cls.field(syntax::Field::Superclasses);
  for (uint32_t i = 0; bases && i < bases.namedChildCount(); ++i) {
    const Node base = bases.namedChild(i);
    if (base.is(syntax::Kind::KeywordArgument)) continue;  // metaclass=...
    if (const auto q = semantic.qualifiedName(base); q && isCellBaseName(*q)) return true;
    if (base.syntaxKind() != syntax::Kind::Identifier) continue;
    const Binding* b = semantic.resolve(base);
    if (b && b->kind == Binding::Kind::Definition && b->statement.is(syntax::Kind::ClassDefinition) &&
        isCell(b->statement, semantic, visiting)) {
      return true;
    }
  }
  return false;
}

}  // namespace

CheckSpec ApiForwardCheck::spec() {
  return {.name = "api-forward",
          .summary = "a Cell's `forward` is `construct`",
          .phase = CheckPhase::Rewrite};
}

void ApiForwardCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"((class_definition body: (block) @body) @class)", "forward");
}

void ApiForwardCheck::check(const MatchResult& result) {
  const Node cls = result.node("class");
  // Every name renamed below is a `forward` in the class: most classes have none, and are not
  // resolved at all.
  if (cls.text().find("forward") == std::string_view::npos) return;
  std::set<const void*> visiting;
  if (!isCell(cls, result.file.semantic(), visiting)) return;
  // The class's own `forward` (possibly decorated), and the calls through super()/self inside it.
  std::vector<Node> names;
  const Node body = result.node("body");
  for (Node def : body.namedChildren()) {
    if (def.is(syntax::Kind::DecoratedDefinition)) def = def.field(syntax::Field::Definition);
    if (def.is(syntax::Kind::FunctionDefinition) && def.field(syntax::Field::Name).text() == "forward") names.push_back(def.field(syntax::Field::Name));
  }
  // Calls `super().forward(...)` and `self.forward(...)`: found from the word in the text, since
  // most of a class holds none and a query would walk all of it.
  const std::string_view text = body.text();
  for (std::size_t at = text.find("forward"); at != std::string_view::npos; at = text.find("forward", at + 1)) {
    const auto begin = body.begin() + static_cast<uint32_t>(at);
    const Node name = body.namedDescendantFor(begin, begin + 7);
    if (!name.is(syntax::Kind::Identifier) || name.text() != "forward") continue;
    const Node attribute = name.parent();
    if (!attribute.is(syntax::Kind::Attribute) || !(attribute.field(syntax::Field::Attribute) == name)) continue;
    const Node call = attribute.parent();
    if (!call.is(syntax::Kind::Call) || !(call.field(syntax::Field::Function) == attribute)) continue;
    const Node object = attribute.field(syntax::Field::Object);
    const bool viaSuper = object.is(syntax::Kind::Call) && object.field(syntax::Field::Function).text() == "super";
    if (viaSuper || object.text() == "self") names.push_back(name);
  }
  for (const Node name : names) {
    // Nested classes are checked on their own.
    Node owner = name.parent();
    while (owner && owner.syntaxKind() != syntax::Kind::ClassDefinition) owner = owner.parent();
    if (!(owner == cls)) continue;
    report(result.file, name, "a Cell's forward method is 'construct' in MindSpore",
           Fix{"rename to construct", Applicability::Safe, {{name.begin(), name.end(), "construct"}}, {}});
  }
}

}  // namespace pyconv::api_mapping
