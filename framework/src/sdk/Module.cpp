#include "pyconv/Module.hpp"

namespace pyconv {

void CheckFactories::add(std::string name, std::string description, Factory create) {
  entries_.push_back({std::move(name), std::move(description), std::move(create), {}});
}

void CheckFactories::setPluginPath(const std::string& path) {
  for (auto& entry : entries_) entry.pluginPath = path;
}

Module::~Module() = default;

}  // namespace pyconv
