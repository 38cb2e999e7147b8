#include "pyconv/Module.hpp"

namespace pyconv {

void CheckFactories::add(CheckSpec spec, Factory create) {
  entries_.push_back({std::move(spec), std::move(create), {}});
}

void CheckFactories::setPluginPath(const std::string& path) {
  for (auto& entry : entries_) entry.pluginPath = path;
}

Module::~Module() = default;

}  // namespace pyconv
