#pragma once
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/Mode.hpp"
#include "pyconv/Export.hpp"

namespace pyconv {

// --color: colour in the text findings (auto: when they go to a terminal).
enum class ColorMode { Auto, Always, Never };

// --output-format: how findings are printed to standard output.
enum class OutputFormat { Text, Json, JsonLines, WorkList, Sarif, Github, Junit };

struct DriverOptions {
  std::vector<std::string> inputs;
  std::optional<std::string> checks;  // --checks; all checks when absent
  std::vector<std::string> pluginFiles;  // --load
  bool listChecks = false;
  bool showVersion = false;  // --version
  bool fixRequested = false;   // --fix
  bool diffRequested = false;  // --diff
  // What the run does: decided once, by runDriver through decideMode() from the options above;
  // nothing else derives it from them.
  Mode mode = Mode::Report;
  bool unsafeFixes = false;
  int maxIterations = 10;
  unsigned timeoutPerFile = 120;  // --timeout-per-file, seconds; 0: none
  std::vector<std::string> pipeline;  // phases as glob lists; empty: the configuration's or the default
  std::string exportFixesPath;        // --export-fixes: write the fixes as clang-tidy YAML here
  std::string applyFixesPath;         // --apply-fixes: apply such a YAML document, and nothing else
  bool maxIterationsGiven = false;    // the command line overrides the configuration's Fix.MaxIterations
  std::optional<std::string> configFile;    // --config-file: this file only, no search
  std::optional<std::string> inlineConfig;  // --config: YAML on the command line, no search
  bool dumpConfig = false;
  bool verifyConfig = false;
  bool allowConfigPlugins = false;
  std::string sourceRoot;       // tree mode: --src-root
  std::string destinationRoot;  // tree mode: --dst-root
  bool safeOnly = false;        // tree mode: Safe fixes only
  bool fixErrors = false;       // rewrite files with syntax errors outside the errors
  unsigned jobs = 1;            // -j (the command line's default, 0, is one per core)
  OutputFormat format = OutputFormat::Text;  // --output-format
  bool exitZero = false;        // --exit-zero: findings alone do not make the exit code 1
  bool quiet = false;           // --quiet: no notes and no summary, only findings and errors
  ColorMode color = ColorMode::Auto;  // --color
  std::optional<std::string> warningsAsErrors;  // --warnings-as-errors: globs of checks whose findings are errors
  std::string explainCheck;     // --explain
  std::string dumpDocsDir;      // --dump-docs: AGENTS.md and every check's documentation
  std::string testFixturesDir;  // --test-fixtures: run the fixtures of this folder
  bool stats = false;           // --stats: per-file conversion rates
  bool validate = false;        // --validate: one verdict per converted file (docs/validate.md)
  std::string validationPython; // --python: the interpreter of the validation environment (imports)
  std::string emitTestsDir;     // --emit-tests: write parity tests for the (converted) files here
  bool forceExclude = false;    // --force-exclude: Exclude applies to files named on the command line too
  std::string reviewDir;        // --review-report (tree mode): write the HTML review report here
  std::string parityResults;    // --parity-results: pytest's JUnit XML of the parity tests, for the review report
};

// A mistake in how the tool was called (exit code 2).
class PYCONV_API UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Exit codes: 0 nothing left, 1 findings remain (or --diff shows changes; with --exit-zero only
// findings that are errors), 2 usage/plugin/I/O/engine error.
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitError = 2 };

// Runs the whole program: decides the mode (options.mode is ignored), loads plugins, selects checks, processes the inputs, prints findings
// to `out` and errors and the summary to `err`.
PYCONV_API int runDriver(const DriverOptions& options, std::ostream& out, std::ostream& err);

}  // namespace pyconv
