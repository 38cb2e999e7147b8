#include "ApiCellListGeneratorCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

namespace pyconv::api_mapping {

CheckSpec ApiCellListGeneratorCheck::spec() {
  return {.name = "api-celllist-generator",
          .summary = "`nn.ModuleList(Layer() for _ in range(n))` -> `nn.ModuleList([Layer() for _ in range(n)])` (CellList takes no generator)",
          .phase = CheckPhase::Rewrite};
}

void ApiCellListGeneratorCheck::registerMatchers(MatchFinder& finder) {
  // A call whose only argument is a bare generator shares its parentheses with the call.
  finder.addQuery(*this, "(call function: (_) @function arguments: (generator_expression) @generator) @call",
                  {"ModuleList", "CellList"});
  // `nn.ModuleList((m for ...))`: a parenthesised generator as the one argument.
  finder.addQuery(*this,
                  "(call function: (_) @function arguments: (argument_list . (generator_expression) @parenthesised .)) @call",
                  {"ModuleList", "CellList"});
}

void ApiCellListGeneratorCheck::check(const MatchResult& result) {
  const auto name = result.file.semantic().qualifiedName(result.node("function"));
  if (!name || (*name != "torch.nn.ModuleList" && *name != "mindspore.nn.CellList" &&
                *name != "torch.nn.modules.container.ModuleList")) {
    return;
  }
  const std::string message = "MindSpore's CellList takes a list, not a generator";
  if (const Node generator = result.node("generator")) {
    return report(result.file, generator, message,
                  Fix{"build a list", Applicability::Safe,
                      {Edit{generator.begin() + 1, generator.begin() + 1, "["},
                       Edit{generator.end() - 1, generator.end() - 1, "]"}},
                      {}});
  }
  const Node generator = result.node("parenthesised");
  report(result.file, generator, message,
         Fix{"build a list", Applicability::Safe,
             {Edit{generator.begin(), generator.begin() + 1, "["}, Edit{generator.end() - 1, generator.end(), "]"}}, {}});
}

}  // namespace pyconv::api_mapping
