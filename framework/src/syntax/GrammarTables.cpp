#include "syntax/GrammarTables.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

extern "C" const TSLanguage* tree_sitter_python();

namespace pyconv::syntax {

namespace {

struct Tables {
  std::vector<Kind> kindBySymbol;
  std::array<TSFieldId, kFieldCount> fieldIds{};
  std::unordered_map<std::string_view, TSFieldId> fieldIdsByName;
};

// Built on first use (thread-safe static initialisation). A name of the generated enums that the
// compiled grammar lacks means the headers were generated from another grammar: a build defect,
// reported as such rather than answered wrongly.
const Tables& tables() {
  static const Tables built = [] {
    const TSLanguage* language = tree_sitter_python();
    Tables t;
    std::unordered_map<std::string_view, Kind> kindByName;
    for (std::size_t i = 1; i < kKindCount; ++i) kindByName.emplace(kKindNames[i], static_cast<Kind>(i));
    const uint32_t symbols = ts_language_symbol_count(language);
    t.kindBySymbol.assign(symbols, Kind::Other);
    std::vector<bool> seen(kKindCount);
    for (uint32_t symbol = 0; symbol < symbols; ++symbol) {
      const auto s = static_cast<TSSymbol>(symbol);
      if (ts_language_symbol_type(language, s) != TSSymbolTypeRegular) continue;  // anonymous, hidden, auxiliary
      const auto it = kindByName.find(ts_language_symbol_name(language, s));
      if (it == kindByName.end()) continue;
      t.kindBySymbol[symbol] = it->second;
      seen[static_cast<std::size_t>(it->second)] = true;
    }
    for (std::size_t i = 1; i < kKindCount; ++i) {
      if (!seen[i]) throw std::logic_error("syntax kind '" + std::string(kKindNames[i]) + "' is not in the compiled grammar");
    }
    for (std::size_t i = 0; i < kFieldCount; ++i) {
      const auto& name = kFieldNames[i];
      t.fieldIds[i] = ts_language_field_id_for_name(language, name.data(), static_cast<uint32_t>(name.size()));
      if (t.fieldIds[i] == 0) throw std::logic_error("syntax field '" + std::string(name) + "' is not in the compiled grammar");
    }
    for (uint32_t id = 1; id <= ts_language_field_count(language); ++id) {
      t.fieldIdsByName.emplace(ts_language_field_name_for_id(language, static_cast<TSFieldId>(id)), static_cast<TSFieldId>(id));
    }
    return t;
  }();
  return built;
}

}  // namespace

Kind kindOfSymbol(TSSymbol symbol) {
  const auto& bySymbol = tables().kindBySymbol;
  return symbol < bySymbol.size() ? bySymbol[symbol] : Kind::Other;
}

TSFieldId fieldId(Field field) { return tables().fieldIds[static_cast<std::size_t>(field)]; }

TSFieldId fieldIdByName(std::string_view name) {
  const auto& byName = tables().fieldIdsByName;
  const auto it = byName.find(name);
  return it == byName.end() ? 0 : it->second;
}

}  // namespace pyconv::syntax
