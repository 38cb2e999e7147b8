#include "ApiDtypeByNameCheck.hpp"

#include <algorithm>
#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include "Spelling.hpp"

namespace pyconv::api_mapping {
namespace {

// The name the lookup is by: a string literal naming a dtype (torch's and MindSpore's names agree),
// or an expression whose last identifier says "dtype" (`config.torch_dtype`, `dtype_name`).
// Anything else may name a function or a device.
bool namesADtype(Node name) {
  static constexpr std::string_view kDtypes[] = {"float32", "float16", "bfloat16", "float64", "float", "half", "double",
                                                 "long", "int", "int64", "int32", "int16", "int8", "uint8", "bool"};
  if (name.is(syntax::Kind::String)) {
    const std::string_view text = name.text();
    if (text.size() < 2 || (text.front() != '"' && text.front() != '\'') || text.back() != text.front()) return false;
    const std::string_view inner = text.substr(1, text.size() - 2);
    return std::find(std::begin(kDtypes), std::end(kDtypes), inner) != std::end(kDtypes);
  }
  const Node last = name.is(syntax::Kind::Attribute) ? name.field(syntax::Field::Attribute) : name;
  return last.is(syntax::Kind::Identifier) && last.text().find("dtype") != std::string_view::npos;
}

}  // namespace

CheckSpec ApiDtypeByNameCheck::spec() {
  return {.name = "api-dtype-by-name",
          .summary = "`getattr(torch, config.router_dtype)` -> `getattr(ms, config.router_dtype)` (MindSpore names its dtypes as torch does; Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiDtypeByNameCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(call function: (identifier) @getattr (#eq? @getattr \"getattr\")"
                  " arguments: (argument_list . (identifier) @module . (_) @name .))",
                  "getattr(");
}

void ApiDtypeByNameCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  const Node module = result.node("module"), name = result.node("name");
  if (semantic.resolve(result.node("getattr")) != nullptr) return;  // not the builtin
  const auto qualified = semantic.qualifiedName(module);
  if (!qualified || *qualified != "torch" || !namesADtype(name)) return;
  const Spelling dtype = spellAlone("mindspore.float32", semantic);
  const std::string mindspore = dtype.text.substr(0, dtype.text.rfind('.'));
  report(result.file, module, "MindSpore names its dtypes as torch does: look the name up in " + mindspore,
         Fix{"look it up in " + mindspore, Applicability::Unsafe, {{module.begin(), module.end(), mindspore}}, {dtype.need}});
}

}  // namespace pyconv::api_mapping
