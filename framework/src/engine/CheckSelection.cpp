#include "engine/CheckSelection.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "engine/Driver.hpp"
#include "io/Display.hpp"
#include "plugin/GlobList.hpp"
#include "plugin/PluginSet.hpp"

namespace pyconv {

CheckSelection::CheckSelection(const PluginSet& plugins, std::optional<std::string> commandLineChecks)
    : plugins_(plugins), commandLine_(std::move(commandLineChecks)) {
  if (commandLine_) {
    for (const auto& glob : unmatchedGlobs(*commandLine_)) {
      throw UsageError(fmt::format("--checks: '{}' matches no check (see --list-checks)", glob));
    }
  }
}

std::vector<std::string> CheckSelection::unmatchedGlobs(const std::string& globs) const {
  std::vector<std::string> unmatched;
  const GlobList list(globs);
  for (const auto& glob : list.globs()) {
    if (!glob.positive) continue;
    const bool any = std::any_of(plugins_.checks().begin(), plugins_.checks().end(),
                                 [&](const auto& e) { return GlobList::matches(glob.pattern, e.spec.name); });
    if (!any) unmatched.push_back(glob.pattern);
  }
  return unmatched;
}

std::vector<std::string> CheckSelection::checksFor(const EffectiveConfig& config, std::ostream& warnings) {
  if (config.checks) {
    for (const auto& glob : unmatchedGlobs(*config.checks)) {
      const std::string origin = config.sources.empty() ? "configuration" : config.sources.back()->origin;
      if (warned_.insert(origin + '\n' + glob).second) {
        warnings << fmt::format("pyconv-tidy: warning: {}: Checks glob '{}' matches no loaded check\n", displayPath(origin), glob);
      }
    }
  }
  std::string globs = config.checks.value_or(commandLine_ ? "" : "*");
  if (commandLine_) globs += (globs.empty() ? "" : ",") + *commandLine_;
  const GlobList selection(globs);
  std::vector<std::string> selected;
  for (const auto& entry : plugins_.checks()) {
    if (selection.contains(entry.spec.name)) selected.push_back(entry.spec.name);
  }
  return selected;
}

}  // namespace pyconv
