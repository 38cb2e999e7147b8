#include "ImportTable.hpp"

#include <sstream>

namespace pyconv::api_mapping {

std::string_view embeddedImportTable();  // data/import_table.tsv, compiled in

const ImportTable& ImportTable::builtin() {
  static const ImportTable table = [] {
    ImportTable t;
    std::istringstream lines{std::string(embeddedImportTable())};
    std::string line;
    bool header = true;
    while (std::getline(lines, line)) {
      if (line.empty() || line.front() == '#') continue;
      if (header) {  // module, name, provider, mindone_module, reason
        header = false;
        continue;
      }
      std::istringstream fields(line);
      std::string module, name, provider, mindoneModule;
      std::getline(fields, module, '\t');
      std::getline(fields, name, '\t');
      std::getline(fields, provider, '\t');
      std::getline(fields, mindoneModule, '\t');
      ImportSource source;
      source.provider = provider == "mindone"        ? ImportSource::Provider::Mindone
                        : provider == "transformers" ? ImportSource::Provider::Transformers
                        : provider == "transformers-utils" ? ImportSource::Provider::TransformersUtils
                                                     : ImportSource::Provider::Drop;
      source.mindoneModule = mindoneModule.empty() ? module : mindoneModule;
      if (source.provider == ImportSource::Provider::Mindone) t.mindoneExports_.insert({source.mindoneModule, name});
      t.entries_[{module, name}] = std::move(source);
      ++t.modules_[module];
    }
    return t;
  }();
  return table;
}

const ImportSource* ImportTable::find(const std::string& module, const std::string& name) const {
  const auto it = entries_.find({module, name});
  return it == entries_.end() ? nullptr : &it->second;
}

bool ImportTable::knows(const std::string& module) const { return modules_.count(module) > 0; }

std::optional<bool> ImportTable::mindoneExports(const std::string& mindoneModule, const std::string& name) const {
  // The rows list every name of each catalogued mindone module, so a module with rows is known whole.
  const auto first = mindoneExports_.lower_bound({mindoneModule, ""});
  if (first == mindoneExports_.end() || first->first != mindoneModule) return std::nullopt;
  return mindoneExports_.count({mindoneModule, name}) > 0;
}

}  // namespace pyconv::api_mapping
