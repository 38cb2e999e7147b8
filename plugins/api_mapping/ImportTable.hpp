#pragma once
// Where a converted modeling file gets each name it imported from the transformers package
// (data/import_table.tsv, generated from the name catalog of the pinned mindone and transformers,
// compiled into the plugin).
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace pyconv::api_mapping {

struct ImportSource {
  // TransformersUtils: from transformers' torch-free utils, as an Unsafe move (see the table's tool).
  enum class Provider { Mindone, Transformers, TransformersUtils, Drop };
  Provider provider = Provider::Mindone;
  std::string mindoneModule;  // for Mindone: the module's path in mindone (pytorch_utils -> mindspore_utils)
};

class ImportTable {
 public:
  static const ImportTable& builtin();

  // `module` is the path below the package root ("modeling_utils", "models.bert.configuration_bert").
  const ImportSource* find(const std::string& module, const std::string& name) const;
  bool knows(const std::string& module) const;
  // Whether mindone.transformers.<mindoneModule> exports `name` (every name of a catalogued module
  // has a row); nullopt for a module the catalog does not cover.
  std::optional<bool> mindoneExports(const std::string& mindoneModule, const std::string& name) const;

 private:
  std::map<std::pair<std::string, std::string>, ImportSource> entries_;
  std::map<std::string, int> modules_;
  std::set<std::pair<std::string, std::string>> mindoneExports_;  // (mindone module, name)
};

}  // namespace pyconv::api_mapping
