#include "ApiCellListIndexCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include "Spelling.hpp"

namespace pyconv::api_mapping {
namespace {

bool isCellList(std::string_view name) {
  return name == "torch.nn.ModuleList" || name == "mindspore.nn.CellList" || name == "torch.nn.modules.container.ModuleList";
}

// Whether `index` is the simple target of a `for` loop that does not iterate `range(...)`.
bool loopVariableOverNonRange(Node index, const SemanticModel& semantic) {
  const Binding* binding = semantic.resolve(index);
  if (binding == nullptr || binding->kind != Binding::Kind::Assignment) return false;
  const Node loop = binding->node.parent();
  if (loop.syntaxKind() != syntax::Kind::ForStatement || loop.field(syntax::Field::Left) != binding->node) return false;
  const Node iterable = loop.field(syntax::Field::Right);
  return !(iterable.is(syntax::Kind::Call) && iterable.field(syntax::Field::Function).text() == "range");
}

}  // namespace

CheckSpec ApiCellListIndexCheck::spec() {
  return {.name = "api-celllist-index",
          .summary = "`self.experts[i]` with `i` from a loop over a tensor -> `self.experts[int(i)]` (CellList takes only ints; Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiCellListIndexCheck::onStartOfPass(FileContext&) { attributes_.clear(); }

void ApiCellListIndexCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(subscript value: (attribute object: (identifier) @self attribute: (identifier) @attribute)"
                  " subscript: (identifier) @index) @subscript",
                  "List(");
}

void ApiCellListIndexCheck::check(const MatchResult& result) {
  if (result.node("self").text() != "self") return;
  const Node index = result.node("index");
  const SemanticModel& semantic = result.file.semantic();
  const Node cls = enclosingOfKind(index, syntax::Kind::ClassDefinition);
  if (!cls || !loopVariableOverNonRange(index, semantic)) return;
  if (!attributes_.assignsCallResult(cls, result.node("attribute").text(), semantic, isCellList)) return;
  if (bindsOtherwise(semantic, "int", "")) return;  // the file's own `int` is not the builtin
  report(result.file, index,
         "MindSpore's CellList takes only an int index; torch's ModuleList also takes a one-element tensor",
         Fix{"index with int(...)", Applicability::Unsafe,
             {Edit{index.begin(), index.end(), "int(" + std::string(index.text()) + ")"}}, {}});
}

}  // namespace pyconv::api_mapping
