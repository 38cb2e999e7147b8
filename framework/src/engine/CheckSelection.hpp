#pragma once
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "config/Config.hpp"
#include "pyconv/Export.hpp"

namespace pyconv {

class PluginSet;

// The checks a file runs (docs/design/architecture.md): with no `Checks` in the configuration and
// no --checks, all; --checks replaces that default, or is appended to the configuration's list.
// A positive command-line glob matching no check is a usage error (a typo); one in a
// configuration file is a warning, printed once per file and glob. Exported for the fuzzer (fuzz/).
class PYCONV_API CheckSelection {
 public:
  CheckSelection(const PluginSet& plugins, std::optional<std::string> commandLineChecks);

  std::vector<std::string> checksFor(const EffectiveConfig& config, std::ostream& warnings);
  // Positive globs of a configuration that match no loaded check (for --verify-config).
  std::vector<std::string> unmatchedGlobs(const std::string& globs) const;

 private:
  const PluginSet& plugins_;
  std::optional<std::string> commandLine_;
  std::set<std::string> warned_;
};

}  // namespace pyconv
