#pragma once
#include <optional>
#include <ostream>
#include <string>

namespace pyconv {

class PluginSet;

// --explain CHECK: prints the check's documentation (docs/<check>.md of its plugin), found in
// <prefix>/share/pyconv-tidy/docs next to the tool, or in docs/ beside the plugin file.
// Returns the exit code: 0 shown, 2 unknown check.
int explainCheck(const PluginSet& plugins, const std::string& check, std::ostream& out, std::ostream& err);

// The documentation of one check (found as --explain finds it), or nothing.
std::optional<std::string> checkDocumentation(const std::string& check, const std::string& pluginPath);

}  // namespace pyconv
