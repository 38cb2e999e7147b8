// pyconv-tidy: command-line options to DriverOptions (values parsed and range-checked here; which
// combinations are allowed, and what the run does, is decided once by decideMode in engine/Mode.cpp).
#include <boost/program_options.hpp>
#include <cstdlib>
#include <iostream>
#include <map>

#include "engine/Driver.hpp"
#include "engine/Jobs.hpp"

namespace po = boost::program_options;

int main(int argc, char** argv) {
  po::options_description visible("pyconv-tidy [options] <file or folder>...");
  // clang-format off
  visible.add_options()
    ("help,h", "show this help")
    ("version", "show the versions of the tool, the plugin API, tree-sitter and the loaded plugins")
    ("checks", po::value<std::string>(), "comma-separated check globs; '-' excludes, last match wins")
    ("list-checks", "list the enabled checks and exit (--output-format=json: their declarations)")
    ("fix", "apply Safe fixes in place")
    ("unsafe-fixes", "also apply Unsafe fixes")
    ("diff", "print the fixes as a unified diff; write nothing (in tree mode: a dry run, the diff of the destination tree)")
    ("load", po::value<std::vector<std::string>>()->composing(), "load a plugin file (repeatable)")
    ("export-fixes", po::value<std::string>(), "write the fixes to this file as clang-tidy YAML")
    ("apply-fixes", po::value<std::string>(),
     "apply the replacements of an --export-fixes file to the files it names (each file whole or not at all; "
     "a file changed since the export is refused), and nothing else")
    ("pipeline", po::value<std::string>(),
     "fix phases in order, ';' between phases, each a glob list (default: the phases the checks declare, "
     "see --list-checks --output-format=json); unnamed checks run last")
    ("max-iterations", po::value<int>()->default_value(10), "bound on fix iterations per phase and file")
    ("timeout-per-file", po::value<unsigned>()->default_value(120),
     "seconds one file may take before it ends with an error of its own (0: no limit); a check that never "
     "returns stops the run after twice that")
    ("config-file", po::value<std::string>(), "use this configuration file (no search for .pyconv-tidy)")
    ("config", po::value<std::string>(), "configuration as YAML on the command line (no search)")
    ("dump-config", "print the effective configuration and exit")
    ("verify-config", "check the configuration for unknown keys, checks and options, and exit")
    ("allow-config-plugins", "load the plugins a configuration file names (off: a config never runs code)")
    ("src-root", po::value<std::string>(), "tree mode: convert every .py under this folder (other files are copied)")
    ("dst-root", po::value<std::string>(), "tree mode: into this folder, keeping hand edits there")
    ("safe-only", "tree mode: apply Safe fixes only (default there: Safe and Unsafe)")
    ("fix-errors", "also rewrite files with syntax errors, outside the erroneous code")
    ("force-exclude", "apply the configuration's Exclude to files named on the command line too (as pre-commit names them)")
    ("jobs,j", po::value<std::string>()->default_value("0"),
     "worker threads; 0 (the default) for one per core, as ninja and ruff do (output is the same for every value)")
    ("output-format", po::value<std::string>()->default_value("text"),
     "text, json, json-lines, sarif (SARIF 2.1.0), github (GitHub Actions annotations), junit (JUnit XML), or "
     "worklist (JSON lines of what is left to do, file by file)")
    ("exit-zero", "exit 0 even when findings remain (still 1 for findings that are errors, 2 for errors)")
    ("warnings-as-errors", po::value<std::string>(), "check globs whose findings are errors (as --checks spells them)")
    ("quiet,q", "print findings and errors only: no notes, no summary, no progress")
    ("color", po::value<std::string>()->default_value("auto"), "colour the findings: auto (on a terminal), always or never")
    ("explain", po::value<std::string>(), "print the documentation of a check and exit")
    ("dump-docs", po::value<std::string>(),
     "write AGENTS.md (the rules for coding agents that finish a conversion) and every check's documentation into this folder, and exit")
    ("test-fixtures", po::value<std::string>(),
     "run the fixtures DIR/<check>/<name>.py (expected output <name>.fixed.py) against the loaded checks, "
     "built-in and --load, with the built-in fixtures' invariants (--python: the CPython judging outputs), and exit")
    ("stats", "print each file's conversion rate (torch uses found and left)")
    ("validate", "check converted files: they parse, no torch is left, every MindSpore name exists, "
     "nothing is left to fix, and (with --python) they import without loading torch")
    ("python", po::value<std::string>(),
     "--validate and --review-report: the Python of the validation environment, to check imports (default: "
     "$PYCONV_VALIDATION_PYTHON)")
    ("emit-tests", po::value<std::string>(),
     "write parity tests (pytest) for the converted model files into this folder: alone, for the "
     "files given; with --fix or tree mode, for the files after conversion")
    ("review-report", po::value<std::string>(),
     "tree mode: also write an HTML review report into this folder: per file a side-by-side diff with the "
     "findings left and the Unsafe fixes inline, the conversion rate, the validation verdict (imports checked "
     "with --python) and the parity outcomes (--parity-results)")
    ("parity-results", po::value<std::string>(),
     "--review-report: the parity tests' outcomes, as pytest --junitxml writes them");
  // clang-format on
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(), "input files and folders");
  // The underscore spelling of the tree-mode options, as older conversion scripts take them.
  hidden.add_options()("src_root", po::value<std::string>(), "")("dst_root", po::value<std::string>(), "");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "pyconv-tidy: error: " << e.what() << '\n';
    return pyconv::kExitError;
  }
  if (vm.count("help")) {
    std::cout << visible << '\n';
    return pyconv::kExitClean;
  }
  pyconv::DriverOptions options;
  if (vm.count("input")) options.inputs = vm["input"].as<std::vector<std::string>>();
  if (vm.count("checks")) options.checks = vm["checks"].as<std::string>();
  if (vm.count("load")) options.pluginFiles = vm["load"].as<std::vector<std::string>>();
  options.listChecks = vm.count("list-checks") > 0;
  options.showVersion = vm.count("version") > 0;
  options.fixRequested = vm.count("fix") > 0;
  options.diffRequested = vm.count("diff") > 0;
  options.unsafeFixes = vm.count("unsafe-fixes") > 0;
  if (vm.count("export-fixes")) options.exportFixesPath = vm["export-fixes"].as<std::string>();
  if (vm.count("apply-fixes")) options.applyFixesPath = vm["apply-fixes"].as<std::string>();
  if (vm.count("pipeline")) {
    std::string phases = vm["pipeline"].as<std::string>();
    for (std::size_t start = 0; start <= phases.size();) {
      const auto end = std::min(phases.find(';', start), phases.size());
      if (end > start) options.pipeline.push_back(phases.substr(start, end - start));
      start = end + 1;
    }
  }
  options.maxIterations = vm["max-iterations"].as<int>();
  options.maxIterationsGiven = !vm["max-iterations"].defaulted();
  options.timeoutPerFile = vm["timeout-per-file"].as<unsigned>();
  if (vm.count("config-file")) options.configFile = vm["config-file"].as<std::string>();
  if (vm.count("config")) options.inlineConfig = vm["config"].as<std::string>();
  options.dumpConfig = vm.count("dump-config") > 0;
  options.verifyConfig = vm.count("verify-config") > 0;
  options.allowConfigPlugins = vm.count("allow-config-plugins") > 0;
  auto either = [&](const char* a, const char* b) -> std::string {
    if (vm.count(a) && vm.count(b)) throw po::error(std::string("--") + a + " is given twice (also as --" + b + ")");
    return vm.count(a) ? vm[a].as<std::string>() : vm.count(b) ? vm[b].as<std::string>() : std::string();
  };
  try {
    options.sourceRoot = either("src-root", "src_root");
    options.destinationRoot = either("dst-root", "dst_root");
  } catch (const po::error& e) {
    std::cerr << "pyconv-tidy: error: " << e.what() << '\n';
    return pyconv::kExitError;
  }
  options.safeOnly = vm.count("safe-only") > 0;
  options.fixErrors = vm.count("fix-errors") > 0;
  options.forceExclude = vm.count("force-exclude") > 0;
  if (const auto jobs = pyconv::parseJobs(vm["jobs"].as<std::string>())) {
    options.jobs = *jobs;
  } else {
    std::cerr << "pyconv-tidy: error: --jobs takes a whole number from 0 (one per core) to "
              << pyconv::kMaxJobs << '\n';
    return pyconv::kExitError;
  }
  const std::map<std::string, pyconv::OutputFormat> formats = {
      {"text", pyconv::OutputFormat::Text},   {"json", pyconv::OutputFormat::Json},
      {"json-lines", pyconv::OutputFormat::JsonLines}, {"worklist", pyconv::OutputFormat::WorkList},
      {"sarif", pyconv::OutputFormat::Sarif}, {"github", pyconv::OutputFormat::Github},
      {"junit", pyconv::OutputFormat::Junit}};
  const auto format = formats.find(vm["output-format"].as<std::string>());
  if (format == formats.end()) {
    std::cerr << "pyconv-tidy: error: --output-format must be text, json, json-lines, sarif, github, junit or worklist\n";
    return pyconv::kExitError;
  }
  options.format = format->second;
  options.exitZero = vm.count("exit-zero") > 0;
  options.quiet = vm.count("quiet") > 0;
  const std::string color = vm["color"].as<std::string>();
  if (color != "auto" && color != "always" && color != "never") {
    std::cerr << "pyconv-tidy: error: --color must be auto, always or never\n";
    return pyconv::kExitError;
  }
  options.color = color == "always" ? pyconv::ColorMode::Always : color == "never" ? pyconv::ColorMode::Never : pyconv::ColorMode::Auto;
  if (vm.count("warnings-as-errors")) options.warningsAsErrors = vm["warnings-as-errors"].as<std::string>();
  if (vm.count("explain")) options.explainCheck = vm["explain"].as<std::string>();
  if (vm.count("dump-docs")) options.dumpDocsDir = vm["dump-docs"].as<std::string>();
  if (vm.count("test-fixtures")) options.testFixturesDir = vm["test-fixtures"].as<std::string>();
  options.stats = vm.count("stats") > 0;
  options.validate = vm.count("validate") > 0;
  if (vm.count("python")) {
    options.validationPython = vm["python"].as<std::string>();
  } else if (const char* python = std::getenv("PYCONV_VALIDATION_PYTHON"); python && *python) {
    options.validationPython = python;
  }
  if (vm.count("emit-tests")) options.emitTestsDir = vm["emit-tests"].as<std::string>();
  if (vm.count("review-report")) options.reviewDir = vm["review-report"].as<std::string>();
  if (vm.count("parity-results")) options.parityResults = vm["parity-results"].as<std::string>();
  return pyconv::runDriver(options, std::cout, std::cerr);
}
