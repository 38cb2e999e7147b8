#pragma once
#include <ostream>

namespace pyconv {

class PluginSet;

// --version: the tool's version, the plugin API version and ABI tag plugins must match, the
// tree-sitter core and grammar compiled in, and each loaded plugin's name, version and file.
void printVersion(const PluginSet& plugins, std::ostream& out);

}  // namespace pyconv
