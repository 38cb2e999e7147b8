#include "Spelling.hpp"

#include <algorithm>
#include <array>

namespace pyconv::api_mapping {
namespace {

using Convertible = std::function<bool(const std::string&)>;

// True if every use of an import binding is a torch name this conversion renames.
bool allUsesConverted(const Binding& b, const SemanticModel& semantic, const Convertible& convertible) {
  if (b.kind != Binding::Kind::Import || !(b.qualifiedName == "torch" || b.qualifiedName.starts_with("torch."))) {
    return false;
  }
  for (const Node use : semantic.references(b)) {
    Node chain = use;
    while (chain.parent().is(syntax::Kind::Attribute) && chain.parent().field(syntax::Field::Object) == chain) chain = chain.parent();
    const auto name = semantic.qualifiedName(chain);
    if (!name || !convertible(*name)) return false;
  }
  return true;
}

// True if `alias` may stand for `module` here: nothing in the file binds it otherwise, or only
// torch imports whose every use is being converted.
// Whether `b` binds `name` to something other than an import of `module`.
bool bindsOther(const Binding& b, std::string_view name, std::string_view module) {
  return b.name == name && !(b.kind == Binding::Kind::Import && !module.empty() && b.qualifiedName == module);
}

bool usable(const std::string& alias, const std::string& module, const SemanticModel& semantic,
            const Convertible& convertible) {
  for (const Binding& b : semantic.bindings()) {
    if (bindsOther(b, alias, module) && !allUsesConverted(b, semantic, convertible)) return false;
  }
  return true;
}

}  // namespace

bool bindsOtherwise(const SemanticModel& semantic, std::string_view name, std::string_view module) {
  const auto& bindings = semantic.bindings();
  return std::any_of(bindings.begin(), bindings.end(), [&](const Binding& b) { return bindsOther(b, name, module); });
}

Spelling spell(const std::string& target, const SemanticModel& semantic, const Convertible& convertible,
               std::map<std::string, bool>& usableCache) {
  auto usableHere = [&](const std::string& alias, const std::string& module) {
    const auto [it, fresh] = usableCache.try_emplace(alias + "=" + module, false);
    if (fresh) it->second = usable(alias, module, semantic, convertible);
    return it->second;
  };
  struct Alias {
    const char* module;
    const char* alias;
  };
  static constexpr std::array<Alias, 3> fromMindspore = {{{"mindspore.mint", "mint"}, {"mindspore.ops", "ops"}, {"mindspore.nn", "nn"}}};
  for (const Alias& a : fromMindspore) {
    const std::string prefix = std::string(a.module) + ".";
    if (target.starts_with(prefix) && usableHere(a.alias, a.module)) {
      return {std::string(a.alias) + "." + target.substr(prefix.size()), Need::importFrom("mindspore", a.alias)};
    }
  }
  const std::string rest = target.substr(std::string("mindspore.").size());
  if (usableHere("ms", "mindspore")) return {"ms." + rest, Need::importModule("mindspore", "ms")};
  return {"mindspore." + rest, Need::importModule("mindspore")};
}

Spelling spellAlone(const std::string& target, const SemanticModel& semantic) {
  std::map<std::string, bool> usableCache;
  return spell(target, semantic, [](const std::string&) { return false; }, usableCache);
}

}  // namespace pyconv::api_mapping
