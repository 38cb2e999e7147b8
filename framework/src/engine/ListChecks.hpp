#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace pyconv {

class PluginSet;

// --list-checks: the enabled checks' names as text, or with `json` their declarations (summary,
// plugin, phase, options with kinds and defaults, run condition), which scripts/update-check-tables.py
// turns into the README tables.
void listChecks(const PluginSet& plugins, const std::vector<std::string>& enabled, bool json, std::ostream& out);

}  // namespace pyconv
