#include "engine/Version.hpp"

#include <fmt/format.h>

#include "io/Display.hpp"
#include "plugin/PluginSet.hpp"
#include "pyconv/PluginInfo.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

void printVersion(const PluginSet& plugins, std::ostream& out) {
  out << fmt::format("pyconv-tidy {}\n", PYCONV_TOOL_VERSION);
  out << fmt::format("plugin API version {}, ABI '{}'\n", kPluginApiVersion, PYCONV_ABI_TAG);
  out << fmt::format("tree-sitter {}, grammar {} (language ABI {})\n", treeSitterVersion(), grammarId(),
                     grammarAbiVersion());
  const auto loaded = plugins.plugins();
  out << fmt::format("plugins ({}):\n", loaded.size());
  for (const auto& plugin : loaded) out << fmt::format("    {} {} ({})\n", plugin.name, plugin.version,
                                                 displayPath(plugin.path));
}

}  // namespace pyconv
