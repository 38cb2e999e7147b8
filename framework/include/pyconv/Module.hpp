#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "pyconv/Check.hpp"
#include "pyconv/Export.hpp"

namespace pyconv {

// What a plugin contributes: checks, each with its declaration and a factory.
class PYCONV_API CheckFactories {
 public:
  using Factory = std::function<std::unique_ptr<Check>(const std::string& name)>;
  struct Entry {
    CheckSpec spec;
    Factory create;
    std::string pluginPath;  // set by the host: the file of the plugin that provides the check
  };

  // A check class that declares itself with `static CheckSpec spec()`.
  template <class CheckType>
  void add() {
    add(CheckType::spec(), [](const std::string& checkName) { return std::make_unique<CheckType>(checkName); });
  }
  // A declaration with any factory (one class serving several declared checks).
  void add(CheckSpec spec, Factory create);

  // Host side: stamps every entry with the plugin file it came from.
  void setPluginPath(const std::string& path);

  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::vector<Entry> entries_;
};

// A plugin's entry object: one per rule family.
class PYCONV_API Module {
 public:
  virtual ~Module();
  virtual void addCheckFactories(CheckFactories& factories) = 0;
};

}  // namespace pyconv
