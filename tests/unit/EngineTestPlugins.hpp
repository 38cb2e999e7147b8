#pragma once
#include <string>

#include "plugin/PluginSet.hpp"

namespace pyconv {

// The test-only checks of tests/plugins/EngineTestPlugin.cpp, loaded once by the real plugin
// loader. The set lives until the process exits, after every runner made from it.
inline PluginSet& engineTestPlugins() {
  static PluginSet* plugins = [] {
    auto* set = new PluginSet();
    set->load(std::string(PYCONV_TEST_PLUGIN_DIR) + "/engine_test_plugin.so");
    return set;
  }();
  return *plugins;
}

}  // namespace pyconv
