#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/FileReport.hpp"

namespace pyconv {

// What a SARIF log says about a check: its one-line description and its documentation page.
struct SarifRule {
  std::string description;
  std::optional<std::string> documentation;
};

struct SarifRun {
  std::function<SarifRule(const std::string& check)> rule;
  std::map<std::string, long> initialMetrics, finalMetrics;  // the run's conversion counts
};

// --output-format=sarif: one SARIF 2.1.0 log with one run: a rule per reported check (described
// from its documentation), a result per finding with its fix as byte-range replacements, the
// errors and the applied Unsafe fixes as notifications, the conversion counts as run properties.
std::string sarifLog(const std::vector<FileReport>& reports, const SarifRun& run);

}  // namespace pyconv
