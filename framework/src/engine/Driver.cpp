#include "engine/Driver.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "config/Config.hpp"
#include "engine/ApplyFixes.hpp"
#include "engine/CheckSelection.hpp"
#include "engine/ConfigVerification.hpp"
#include "engine/DumpDocs.hpp"
#include "engine/Explain.hpp"
#include "engine/ExportFixes.hpp"
#include "engine/FileProcessing.hpp"
#include "engine/InputFiles.hpp"
#include "engine/JsonReport.hpp"
#include "engine/ListChecks.hpp"
#include "engine/Output.hpp"
#include "engine/OutputGuard.hpp"
#include "engine/Progress.hpp"
#include "engine/RunInputs.hpp"
#include "engine/Runners.hpp"
#include "engine/Version.hpp"
#include "engine/WorkerPool.hpp"
#include "fixtures/FixtureCommand.hpp"
#include "io/Display.hpp"
#include "io/FileIO.hpp"
#include "io/TempFiles.hpp"
#include "migration/ForeignFramework.hpp"
#include "migration/TreeMode.hpp"
#include "migration/TreeRun.hpp"
#include "migration/Validate.hpp"
#include "parity/EmitTests.hpp"
#include "plugin/GlobList.hpp"
#include "plugin/PluginSet.hpp"
#include "review/ReviewReport.hpp"

namespace pyconv {
namespace {

// Loads the plugins the configurations name, only when allowed: a configuration file found in a
// tree must not run code on its own. Not allowed is an error, not a skip: a run without the
// team's checks would pass where the team's configuration says it fails (pre-commit, CI).
bool loadConfigPlugins(PluginSet& plugins, const std::vector<const EffectiveConfig*>& configs, bool allowed,
                       std::ostream& err) {
  std::set<std::string> wanted;
  for (const auto* config : configs) wanted.insert(config->plugins.begin(), config->plugins.end());
  for (const auto& loaded : plugins.plugins()) wanted.erase(loaded.path);
  if (wanted.empty()) return true;
  if (!allowed) {
    std::string list;
    for (const auto& p : wanted) list += (list.empty() ? "" : ", ") + displayPath(p);
    err << fmt::format("pyconv-tidy: error: the configuration names plugins ({}) that are loaded only with "
                       "--allow-config-plugins; pass it to run them, or --config-file a configuration without them\n",
                       list);
    return false;
  }
  for (const auto& p : wanted) plugins.load(p);
  return true;
}

// The in-place modes (report, --fix, --diff) over files and folders.
void runInPlace(const std::vector<std::pair<std::filesystem::path, const EffectiveConfig*>>& work, Runners& runners,
                const DriverOptions& options, std::vector<FileReport>& reports, Progress& progress) {
  reports.resize(work.size());
  runParallel(options.jobs, work.size(), [&](std::size_t worker, std::size_t i) {
    const auto& [path, config] = work[i];
    reports[i] = processInPlace(runners.runner(worker, *config), runners.settings(*config), path, options);
    progress.fileDone();
  });
}

// --validate: the findings as in report mode, then one verdict per file
// (docs/validate.md). Returns the exit code: 0 all valid, 1 some not, 2 errors.
int finishValidation(const std::vector<FileReport>& reports, const DriverOptions& options,
                     const ConversionAccounting& accounting, std::ostream& out, std::ostream& err, Totals& totals) {
  std::vector<FileValidation> validations;
  for (const auto& report : reports) validations.push_back(validationOf(report, accounting));
  std::vector<FileValidation*> each;
  for (auto& v : validations) each.push_back(&v);
  checkImports(each, options.validationPython, options.jobs);
  printReports(reports, options, accounting, out, err, totals);  // validate prints text or JSON, both after this
  if (options.format == OutputFormat::Json) {
    out << validationJson(validations, jsonReport(reports));
  } else {
    for (const auto& v : validations) out << validationLine(v) << '\n';
  }
  const auto valid = static_cast<std::size_t>(
      std::count_if(validations.begin(), validations.end(), [](const FileValidation& v) { return v.valid(); }));
  if (!options.quiet) {
    err << fmt::format("pyconv-tidy: validated {} file{}: {} valid, {} not valid{}\n", validations.size(),
                       validations.size() == 1 ? "" : "s", valid, validations.size() - valid,
                       options.validationPython.empty() ? "; imports not checked (give --python or "
                                                          "PYCONV_VALIDATION_PYTHON)" : "");
  }
  if (totals.errors) return kExitError;
  return valid == validations.size() ? kExitClean : kExitFindings;
}

// The declarations of the checks named, each once, in name order.
std::vector<const CheckSpec*> specsOf(const PluginSet& plugins, const std::set<std::string>& names) {
  std::vector<const CheckSpec*> specs;
  for (const auto& name : names) {
    if (const auto* entry = plugins.findCheck(name)) specs.push_back(&entry->spec);
  }
  return specs;
}

// Every check some configuration of the run enables.
std::set<std::string> enabledChecks(const Runners& runners, const std::vector<const EffectiveConfig*>& configs) {
  std::set<std::string> names;
  for (const auto* config : configs) names.insert(runners.settings(*config).checks.begin(), runners.settings(*config).checks.end());
  return names;
}

// --validate reads the count of the converted package's uses and the findings of the checks that
// declare themselves part of the verdict: a configuration that disables one of them would make
// every file look valid.
void requireVerdictChecks(const PluginSet& plugins, const Runners& runners, const std::vector<const EffectiveConfig*>& configs) {
  std::set<std::string> loaded;
  for (const auto& entry : plugins.checks()) loaded.insert(entry.spec.name);
  const ConversionAccounting declared = ConversionAccounting::of(specsOf(plugins, loaded));
  std::vector<std::string> counters, verdicts;
  for (const auto& counted : declared.packages) counters.push_back(counted.check);
  for (const auto& verdict : declared.verdictChecks) verdicts.push_back(verdict.check);
  if (counters.empty()) throw UsageError("--validate needs a check that counts the converted package's uses; none is loaded");
  for (const auto* config : configs) {
    const auto& enabled = runners.settings(*config).checks;
    const auto isEnabled = [&](const std::string& check) { return std::find(enabled.begin(), enabled.end(), check) != enabled.end(); };
    if (std::none_of(counters.begin(), counters.end(), isEnabled)) {
      throw UsageError(counters.size() == 1
                           ? fmt::format("--validate needs the check '{}', which the configuration disables", counters.front())
                           : fmt::format("--validate needs one of the checks that count the converted package's uses ({}), "
                                         "which the configuration disables", fmt::join(counters, ", ")));
    }
    for (const auto& check : verdicts) {
      if (!isEnabled(check)) throw UsageError(fmt::format("--validate needs the check '{}', which the configuration disables", check));
    }
  }
}

// --warnings-as-errors: the findings of the named checks become errors.
void promoteToErrors(std::vector<FileReport>& reports, const GlobList& checks) {
  for (auto& report : reports) {
    for (auto& d : report.diagnostics) {
      if (checks.contains(d.check)) d.severity = Severity::Error;
    }
  }
}

// 1 when findings remain or --diff shows a change; with --exit-zero, only when a finding is an
// error (ruff's --exit-zero, with clang-tidy's --warnings-as-errors still failing the run).
int exitCodeOf(const std::vector<FileReport>& reports, const Totals& totals, const DriverOptions& options) {
  if (options.exitZero) {
    for (const auto& report : reports) {
      for (const auto& d : report.diagnostics) {
        if (d.severity == Severity::Error) return kExitFindings;
      }
    }
    return kExitClean;
  }
  const bool diffShown = showsDiff(options.mode) && totals.filesChanged > 0;
  return totals.findings > 0 || diffShown ? kExitFindings : kExitClean;
}

// A check as SARIF describes it: the registered one-line description and the documentation page;
// the engine's own findings (syntax, NOLINT) have neither.
SarifRule ruleOf(const PluginSet& plugins, const std::string& check) {
  const auto* entry = plugins.findCheck(check);
  if (entry == nullptr) return {"a finding of pyconv-tidy's engine (" + check + ")", std::nullopt};
  return {entry->spec.summary, checkDocumentation(entry->spec.name, entry->pluginPath)};
}

// --emit-tests on its own reads the files as they are: no check runs.
int emitTestsOnly(const RunInputs& inputs, const DriverOptions& options, std::ostream& err) {
  for (const auto& message : inputs.inputs.errors) err << "pyconv-tidy: error: " << displayText(message) << '\n';
  const int errors = emitParityTests(inputs.emittedFiles(), options.emitTestsDir, err) + static_cast<int>(inputs.inputs.errors.size());
  return errors ? kExitError : kExitClean;
}

// What a run that wrote files leaves besides its findings: the manifest (tree mode), the fixes
// file, the parity tests and the review report. Returns the number of errors.
std::size_t writeRunOutputs(RunInputs& inputs, ManifestJournal& journal, const std::vector<FileReport>& reports,
                            const ConversionAccounting& accounting, const DriverOptions& options, std::ostream& err) {
  std::size_t errors = 0;
  std::string error;
  // A dry run (Mode::TreeDryRun) writes nothing, the manifest neither.
  if (options.mode == Mode::Tree && !inputs.manifest.save(options.destinationRoot, error)) {
    err << fmt::format("pyconv-tidy: error: {}: manifest not written: {}\n", displayPath(options.destinationRoot), error);
    ++errors;
  } else if (options.mode == Mode::Tree) {
    journal.discard();  // the saved manifest holds every record now
  }
  if (!options.exportFixesPath.empty()) {
    std::vector<ExportedFile> exported;
    for (const auto& r : reports) {
      if (r.exported) exported.push_back(*r.exported);
    }
    if (!writeFileAtomically(options.exportFixesPath, exportFixesYaml(exported, std::filesystem::current_path().string()), error)) {
      err << fmt::format("pyconv-tidy: error: {}: not written: {}\n", displayPath(options.exportFixesPath), error);
      ++errors;
    }
  }
  if (!options.emitTestsDir.empty()) errors += static_cast<std::size_t>(emitParityTests(inputs.emittedFiles(), options.emitTestsDir, err));
  if (!options.reviewDir.empty()) errors += static_cast<std::size_t>(writeReviewReport(reports, options, accounting, err));
  return errors;
}

// The modes that run the checks over files: report, --fix, --diff, --validate and tree mode.
int checkFiles(RunInputs& inputs, const PluginSet& plugins, Runners& runners, const ConversionAccounting& accounting,
               const DriverOptions& options, std::ostream& out, std::ostream& err) {
  Totals totals;
  std::vector<FileReport> reports;
  ManifestJournal journal(options.destinationRoot);
  for (const auto& message : inputs.inputs.errors) {
    err << "pyconv-tidy: error: " << displayText(message) << '\n';
    ++totals.errors;
  }
  {
    // On a terminal, files done and the rate while the workers run; cleared before any output.
    const bool treeMode = isTreeMode(options.mode);
    Progress progress(err, treeMode ? inputs.plan.entries.size() : inputs.work.size(), isTerminal(2) && !options.quiet);
    if (treeMode) {
      removeTemporariesOnSignals();
      runTree(inputs.plan, inputs.manifest, journal, runners, options, reports, totals, progress);
    } else {
      runInPlace(inputs.work, runners, options, reports, progress);
      totals.files = reports.size();
    }
  }
  if (options.mode == Mode::Validate) return finishValidation(reports, options, accounting, out, err, totals);
  if (options.warningsAsErrors) promoteToErrors(reports, GlobList(*options.warningsAsErrors));
  printReports(reports, options, accounting, out, err, totals);
  printMachineReport(reports, options, totals, [&](const std::string& check) { return ruleOf(plugins, check); }, out);
  totals.errors += writeRunOutputs(inputs, journal, reports, accounting, options, err);
  if (!options.quiet) printSummary(err, totals, options, accounting);
  if (totals.errors) return kExitError;
  return exitCodeOf(reports, totals, options);
}

}  // namespace

int runDriver(const DriverOptions& request, std::ostream& out, std::ostream& err) {
  PluginSet plugins;  // declared first: outlives every check made from it
  try {
    DriverOptions options = request;
    options.mode = decideMode(request);
    plugins.loadDirectory(builtinPluginDirectory());
    for (const auto& file : options.pluginFiles) plugins.load(file);
    switch (options.mode) {
      case Mode::ApplyFixes: return applyExportedFixes(options.applyFixesPath, err);
      case Mode::Version: printVersion(plugins, out); return kExitClean;
      case Mode::Explain: return explainCheck(plugins, options.explainCheck, out, err);
      case Mode::DumpDocs: return dumpDocs(plugins, options.dumpDocsDir, out, err);
      case Mode::TestFixtures:
        return testFixtures(plugins, options.testFixturesDir,
                            options.validationPython.empty() ? "python3" : options.validationPython, out, err);
      default: break;  // the modes that read configurations and files
    }
    ConfigResolver resolver(options.inlineConfig, options.configFile ? std::optional<std::filesystem::path>(*options.configFile)
                                                                     : std::nullopt);
    // Every input's configuration first: they decide the plugins, and the plugins the checks.
    RunInputs inputs = resolveInputs(options, resolver);
    if (options.mode == Mode::EmitTests) return emitTestsOnly(inputs, options, err);
    auto& configs = inputs.configs;
    const EffectiveConfig& here = configs.empty() ? resolver.forFile(std::filesystem::current_path() / "_") : *configs.front();
    configs.push_back(&here);
    if (!loadConfigPlugins(plugins, configs, options.allowConfigPlugins, err)) return kExitError;

    CheckSelection selection(plugins, options.checks);
    Runners runners(plugins, selection, options, options.jobs);
    runners.setLeaveAlone(isOtherFrameworksCode);  // the migration's policy; the engine knows no framework
    for (const auto* config : configs) runners.prepare(*config, err);
    if (options.mode == Mode::Inspect) {
      const RunSettings& settings = runners.settings(here);
      if (options.dumpConfig) out << dumpConfig(here, settings.checks);
      if (options.listChecks) listChecks(plugins, settings.checks, options.format == OutputFormat::Json, out);
      if (options.verifyConfig) return verifyConfigs(resolver.allFiles(), plugins, selection, out, err);
      return kExitClean;
    }
    if (options.mode == Mode::Validate) requireVerdictChecks(plugins, runners, configs);
    const ConversionAccounting accounting = ConversionAccounting::of(specsOf(plugins, enabledChecks(runners, configs)));
    return checkFiles(inputs, plugins, runners, accounting, options, out, err);
  } catch (const std::exception& e) {  // usage, configuration, plugin and engine errors: one line each
    err << "pyconv-tidy: error: " << displayText(e.what()) << '\n';
  }
  return kExitError;
}

}  // namespace pyconv
