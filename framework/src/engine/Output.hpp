#pragma once
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "engine/ConversionAccounting.hpp"
#include "engine/Driver.hpp"
#include "engine/FileReport.hpp"
#include "engine/SarifReport.hpp"

namespace pyconv {

// Counts over a run, for the summary line and the exit code.
struct Totals {
  std::size_t files = 0, filesWithFindings = 0, findings = 0, fixes = 0, filesChanged = 0, errors = 0;
  // Report mode: findings --fix would fix, and those only --fix --unsafe-fixes would.
  std::size_t fixable = 0, fixableUnsafe = 0;
  // Tree mode.
  std::size_t converted = 0, continued = 0, copied = 0, kept = 0, notWritten = 0, skippedLinks = 0;
  std::vector<std::string> continuedFiles;
  std::map<std::string, long> initialMetrics, finalMetrics;
};

// Prints every report in order (text or JSON findings to `out`; errors and notes to `err`) and
// adds it up.
void printReports(const std::vector<FileReport>& reports, const DriverOptions& options,
                  const ConversionAccounting& accounting, std::ostream& out, std::ostream& err, Totals& totals);
// The machine-readable formats (--output-format other than text): the whole run at once, after
// every file; `rule` describes a check for SARIF.
void printMachineReport(const std::vector<FileReport>& reports, const DriverOptions& options, const Totals& totals,
                        const std::function<SarifRule(const std::string&)>& rule, std::ostream& out);
void printSummary(std::ostream& err, const Totals& totals, const DriverOptions& options, const ConversionAccounting& accounting);

}  // namespace pyconv
