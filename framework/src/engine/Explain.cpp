#include "engine/Explain.hpp"

#include <fmt/format.h>

#include "engine/Driver.hpp"
#include "io/FileIO.hpp"
#include "plugin/PluginSet.hpp"

namespace pyconv {

std::optional<std::string> checkDocumentation(const std::string& check, const std::string& pluginPath) {
  namespace fs = std::filesystem;
  const fs::path pluginDir = fs::path(pluginPath).parent_path();
  const fs::path candidates[] = {
      builtinPluginDirectory().parent_path().parent_path().parent_path() / "share/pyconv-tidy/docs" / (check + ".md"),
      pluginDir / "docs" / (check + ".md"),
      pluginDir.parent_path() / "docs" / (check + ".md"),
  };
  for (const auto& candidate : candidates) {
    std::string error;
    if (auto text = fs::is_regular_file(candidate) ? readFile(candidate, error) : std::nullopt) return text;
  }
  return std::nullopt;
}

int explainCheck(const PluginSet& plugins, const std::string& check, std::ostream& out, std::ostream& err) {
  const auto* entry = plugins.findCheck(check);
  if (entry == nullptr) {
    err << fmt::format("pyconv-tidy: error: --explain: no check named '{}' (see --list-checks)\n", check);
    return kExitError;
  }
  if (const auto text = checkDocumentation(check, entry->pluginPath)) {
    out << *text;
    return kExitClean;
  }
  out << fmt::format("# {}\n\n{}\n\n(No documentation file was found for this check.)\n", check, entry->spec.summary);
  return kExitClean;
}

}  // namespace pyconv
