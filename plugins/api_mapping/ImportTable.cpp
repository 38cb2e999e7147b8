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
                                                     : ImportSource::Provider::Drop;
      source.mindoneModule = mindoneModule.empty() ? module : mindoneModule;
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

}  // namespace pyconv::api_mapping
