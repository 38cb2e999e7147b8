#pragma once
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Module.hpp"

namespace pyconv {

// A plugin that cannot be used; the message is one line naming the file (exit code 2).
class PYCONV_API PluginError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PluginDescription {
  std::string path;
  std::string name;
  std::string version;
};

// The loaded plugins and the checks they provide. Owns the shared libraries: every object made
// by a plugin (modules, factories, and the checks callers create) must be destroyed before it.
class PYCONV_API PluginSet {
 public:
  PluginSet();
  ~PluginSet();
  PluginSet(const PluginSet&) = delete;
  PluginSet& operator=(const PluginSet&) = delete;

  // Loads one plugin file: reads its record from the file first and refuses a file that is no
  // plugin or was built for another API or ABI before loading it (so none of its code runs).
  void load(const std::filesystem::path& file);
  // Loads every `*.so` in `directory`, in name order.
  void loadDirectory(const std::filesystem::path& directory);

  const std::vector<CheckFactories::Entry>& checks() const;  // sorted by name
  const CheckFactories::Entry* findCheck(std::string_view name) const;
  std::vector<PluginDescription> plugins() const;
  // The name the record of the plugin file at `path` gives (a check's pluginPath), else the path.
  std::string pluginName(const std::string& path) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// `<executable dir>/../lib/pyconv-tidy/plugins`: the built-in families, in the build tree and
// after installation alike.
PYCONV_API std::filesystem::path builtinPluginDirectory();

}  // namespace pyconv
