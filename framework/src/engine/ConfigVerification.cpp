#include "engine/ConfigVerification.hpp"

#include <fmt/format.h>

#include "engine/CheckSelection.hpp"
#include "engine/OptionValidation.hpp"
#include "io/Display.hpp"
#include "plugin/PluginSet.hpp"

namespace pyconv {

int verifyConfigs(const std::vector<const ConfigFile*>& files, const PluginSet& plugins,
                  const CheckSelection& selection, std::ostream& out, std::ostream& err) {
  std::size_t problems = 0;
  auto problem = [&](const std::string& origin, const std::string& what) {
    err << fmt::format("{}: {}\n", displayPath(origin), what);
    ++problems;
  };
  for (const ConfigFile* file : files) {
    for (const auto& key : file->unknownKeys) problem(file->origin, fmt::format("unknown key '{}'", key));
    if (file->checks) {
      for (const auto& glob : selection.unmatchedGlobs(*file->checks)) {
        problem(file->origin, fmt::format("Checks glob '{}' matches no loaded check", glob));
      }
    }
    for (const auto& [key, value] : file->checkOptions) {
      const auto dot = key.rfind('.');
      if (dot == std::string::npos) {
        problem(file->origin, fmt::format("CheckOptions key '{}' is not of the form <check>.<option>", key));
      } else if (const auto* entry = plugins.findCheck(key.substr(0, dot)); entry == nullptr) {
        problem(file->origin, fmt::format("CheckOptions key '{}' names an unknown check", key));
      } else {
        for (const auto& what : optionProblems(entry->spec, {{key, value}}, /*unknownToo=*/true)) problem(file->origin, what);
      }
    }
  }
  if (problems == 0) out << "No config errors detected.\n";
  return problems == 0 ? 0 : 1;
}

}  // namespace pyconv
