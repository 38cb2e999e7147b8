#include "ApiDtypeByNameCheck.hpp"

#include <map>
#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include "Spelling.hpp"

namespace pyconv::api_mapping {
namespace {

// The name the lookup is by: a string literal, or an expression whose last identifier says
// "dtype" (`config.torch_dtype`, `dtype_name`). Anything else may name a function or a device.
bool namesADtype(Node name) {
  if (name.kind() == "string") return true;
  Node last = name;
  if (last.kind() == "attribute") last = last.field("attribute");
  return last.kind() == "identifier" && last.text().find("dtype") != std::string_view::npos;
}

}  // namespace

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
  if (name.kind() == "string" && name.text().find("dtype") == std::string_view::npos) {
    // A literal is taken only when it is a dtype's name; torch's and MindSpore's agree on these.
    static const std::string_view dtypes[] = {"float32", "float16", "bfloat16", "float64", "float", "half", "double",
                                              "long", "int", "int64", "int32", "int16", "int8", "uint8", "bool"};
    const std::string_view text = name.text();
    bool known = false;
    for (auto d : dtypes) known = known || text == "\"" + std::string(d) + "\"" || text == "'" + std::string(d) + "'";
    if (!known) return;
  }
  std::map<std::string, bool> usableCache;
  const Spelling dtype = spell("mindspore.float32", semantic, [](const std::string&) { return false; }, usableCache);
  const std::string mindspore = dtype.text.substr(0, dtype.text.rfind('.'));
  report(result.file, module, "MindSpore names its dtypes as torch does: look the name up in " + mindspore,
         Fix{"look it up in " + mindspore, Applicability::Unsafe, {{module.begin(), module.end(), mindspore}}, {dtype.need}});
}

}  // namespace pyconv::api_mapping
