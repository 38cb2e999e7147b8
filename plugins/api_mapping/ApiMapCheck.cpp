#include "ApiMapCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Tree.hpp>

#include <algorithm>

#include "LegacyTensorTypes.hpp"
#include "Spelling.hpp"
#include "TensorReceivers.hpp"
#include "TorchReferences.hpp"

namespace pyconv::api_mapping {

CheckSpec ApiMapCheck::spec() {
  return {.name = "api-map",
          .summary = "table-driven renames of torch names (functions, layers, containers, types, dtypes)",
          .phase = CheckPhase::Rewrite,
          .options = {{.name = "MappingFile",
                       .kind = OptionKind::File,
                       .summary = "a TSV of further mappings in the built-in table's layout"}}};
}

void ApiMapCheck::registerMatchers(MatchFinder& finder) {
  table_ = ApiTable::builtin();
  if (const auto extra = readOptionFile("MappingFile")) table_.mergeText(extra->bytes, extra->path);
  finder.addQuery(*this, kTorchHeadQuery, "torch");
}

namespace {

// MindSpore factories whose size is one tuple argument, where torch also takes the numbers.
bool takesSizeTuple(std::string_view target) {
  static constexpr std::string_view factories[] = {"mindspore.mint.zeros", "mindspore.mint.ones", "mindspore.mint.empty",
                                                   "mindspore.mint.rand", "mindspore.mint.randn"};
  return std::find(std::begin(factories), std::end(factories), target) != std::end(factories);
}

}  // namespace

void ApiMapCheck::onStartOfPass(FileContext&) { usableAliases_.clear(); }

void ApiMapCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  const auto use = torchUse(result.node("head"), semantic);
  if (!use) return;
  const ApiRow* row = table_.find(use->qualified);
  if (row == nullptr) return;  // api-residual reports it
  const Node parent = use->chain.parent();
  if (legacyTensorDtype(use->qualified) && parent.is(syntax::Kind::Call) && parent.field(syntax::Field::Function) == use->chain) {
    return;  // a typed constructor called: api-tensor-constructor (an integer is a shape there)
  }
  const Spelling spelling =
      spell(row->target, semantic, [this](const std::string& name) { return table_.find(name) != nullptr; },
            usableAliases_);
  Fix fix{"use " + spelling.text, row->safe ? Applicability::Safe : Applicability::Unsafe,
          {{use->chain.begin(), use->chain.end(), spelling.text}}, {spelling.need}};
  // Keyword arguments MindSpore does not take, when the name is called.
  const Node call = use->chain.parent();
  if (call.is(syntax::Kind::Call) && call.field(syntax::Field::Function) == use->chain) {
    std::vector<Node> dropped;
    const Node args = call.field(syntax::Field::Arguments);
    std::vector<Node> positional;
    for (uint32_t i = 0; args.is(syntax::Kind::ArgumentList) && i < args.namedChildCount(); ++i) {
      const Node arg = args.namedChild(i);
      if (arg.is(syntax::Kind::Comment)) continue;
      if (arg.syntaxKind() != syntax::Kind::KeywordArgument) {
        positional.push_back(arg);
        continue;
      }
      const Node keyword = arg.field(syntax::Field::Name);
      const std::string name(keyword.text());
      // A parameter the target spells otherwise (`axis` is torch's own alias of `dim`).
      const auto renamed = row->renameKwargs.find(name == "axis" ? "dim" : name);
      if (renamed != row->renameKwargs.end()) {
        if (name != renamed->second) fix.edits.push_back({keyword.begin(), keyword.end(), renamed->second});
        continue;
      }
      const auto& general = generallyDroppedKwargs();
      if (std::find(row->dropKwargs.begin(), row->dropKwargs.end(), name) != row->dropKwargs.end() ||
          std::find(general.begin(), general.end(), name) != general.end()) {
        dropped.push_back(arg);
        if (name == "out") fix.applicability = Applicability::Unsafe;  // the result no longer lands in `out`
        if (name == "inplace" && arg.field(syntax::Field::Value).text() != "False") fix.applicability = Applicability::Unsafe;
      }
    }
    // A positional argument MindSpore lacks, when nothing positional follows it (which would shift).
    for (auto it = row->dropPositions.rbegin(); it != row->dropPositions.rend(); ++it) {
      if (it->first + 1 != positional.size() || positional.back().is(syntax::Kind::ListSplat)) continue;
      dropped.push_back(positional.back());
      // In place, torch also changed the input, which another name may still hold.
      if (it->second == "inplace" && positional.back().text() != "False") fix.applicability = Applicability::Unsafe;
      positional.pop_back();
    }
    for (const Edit& e : removeArguments(dropped)) fix.edits.push_back(e);
    // E-05: torch takes a size as separate numbers (`torch.zeros(2, 3)`, `torch.ones(*shape)`);
    // these MindSpore factories take one size tuple.
    if (takesSizeTuple(row->target)) {
      if (const auto tuple = sizeAsTuple(positional)) fix.edits.push_back(*tuple);
    }
  }
  for (const Edit& e : fix.edits) {
    if (dropsForeignComment(use->chain, e)) fix.applicability = Applicability::Unsafe;
  }
  report(result.file, use->chain, "'" + use->qualified + "' is '" + row->target + "' in MindSpore", std::move(fix));
}

}  // namespace pyconv::api_mapping
