#include "engine/Driver.hpp"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <set>

#include "config/Config.hpp"
#include "engine/CheckSelection.hpp"
#include "engine/ConfigVerification.hpp"
#include "engine/ExportFixes.hpp"
#include "engine/FileIO.hpp"
#include "engine/FileJob.hpp"
#include "engine/InputFiles.hpp"
#include "engine/TextReport.hpp"
#include "engine/UnifiedDiff.hpp"
#include "plugin/PluginSet.hpp"

namespace pyconv {
namespace {

struct Totals {
  std::size_t files = 0, filesWithFindings = 0, findings = 0, fixes = 0, filesChanged = 0, errors = 0;
};

// The checks, options and runner of one effective configuration.
struct ConfiguredRunner {
  std::vector<std::string> checks;
  std::unique_ptr<OptionStore> options;
  std::unique_ptr<CheckRunner> runner;
  FixOptions fix;
};

void processFile(ConfiguredRunner& configured, const std::filesystem::path& path, const DriverOptions& options,
                 std::ostream& out, std::ostream& err, Totals& totals, std::vector<ExportedFile>& exported) {
  const std::string name = path.string();
  ++totals.files;
  std::string error;
  const auto bytes = readFile(path, error);
  if (!bytes) {
    err << fmt::format("pyconv-tidy: error: {}: cannot read: {}\n", name, error);
    ++totals.errors;
    return;
  }
  const auto source = SourceFile::fromBytes(name, *bytes, error);
  if (!source) {
    err << fmt::format("pyconv-tidy: error: {}: {}\n", name, error);
    ++totals.errors;
    return;
  }
  const FileOutcome outcome = configured.runner->process(*source, configured.fix);
  if (outcome.error) {
    err << fmt::format("pyconv-tidy: error: {}: {}\n", name, *outcome.error);
    ++totals.errors;
    return;
  }
  if (!options.exportFixesPath.empty() && outcome.finalText != source->text()) {
    exported.push_back({name, source->text(), outcome.finalText, source->hasByteOrderMark() ? 3u : 0u,
                        outcome.initialDiagnostics});
  }
  // Report mode shows the findings of the original text (even when fixes were made for export);
  // the fixing modes show what is left after the fixes.
  const bool reportMode = options.mode == RunMode::Report;
  const auto& shown = reportMode ? outcome.initialDiagnostics : outcome.diagnostics;
  printTextReport(out, name, reportMode ? source->text() : outcome.finalText, shown);
  totals.findings += shown.size();
  totals.filesWithFindings += shown.empty() ? 0 : 1;
  if (reportMode || outcome.finalText == source->text()) return;
  totals.fixes += outcome.fixesApplied;
  ++totals.filesChanged;
  if (options.mode == RunMode::Diff) {
    out << unifiedDiff(source->text(), outcome.finalText, name, name);
  } else if (options.mode == RunMode::Fix) {
    if (!writeFileAtomically(path, source->bytesFor(outcome.finalText), error)) {
      err << fmt::format("pyconv-tidy: error: {}: not written: {}\n", name, error);
      ++totals.errors;
    }
  }
}

void printSummary(std::ostream& err, const Totals& t, RunMode mode) {
  std::string line = fmt::format("pyconv-tidy: {} finding{} in {} of {} file{}", t.findings,
                                 t.findings == 1 ? "" : "s", t.filesWithFindings, t.files, t.files == 1 ? "" : "s");
  if (mode == RunMode::Fix) line += fmt::format("; {} fix{} applied, {} file{} rewritten", t.fixes,
                                                t.fixes == 1 ? "" : "es", t.filesChanged, t.filesChanged == 1 ? "" : "s");
  if (mode == RunMode::Diff) line += fmt::format("; {} file{} would change", t.filesChanged, t.filesChanged == 1 ? "" : "s");
  if (t.errors) line += fmt::format("; {} error{}", t.errors, t.errors == 1 ? "" : "s");
  err << line << '\n';
}

// Loads the plugins the configurations name, only when allowed: a configuration file found in a
// tree must not run code on its own.
void loadConfigPlugins(PluginSet& plugins, const std::vector<const EffectiveConfig*>& configs, bool allowed,
                       std::ostream& err) {
  std::set<std::string> wanted;
  for (const auto* config : configs) wanted.insert(config->plugins.begin(), config->plugins.end());
  for (const auto& loaded : plugins.plugins()) wanted.erase(loaded.path);
  if (wanted.empty()) return;
  if (!allowed) {
    std::string list;
    for (const auto& p : wanted) list += (list.empty() ? "" : ", ") + p;
    err << fmt::format("pyconv-tidy: note: not loading plugins named in configuration ({}); pass "
                       "--allow-config-plugins to load them\n", list);
    return;
  }
  for (const auto& p : wanted) plugins.load(p);
}

}  // namespace

int runDriver(const DriverOptions& options, std::ostream& out, std::ostream& err) {
  PluginSet plugins;  // declared first: outlives every check made from it
  try {
    plugins.loadDirectory(builtinPluginDirectory());
    for (const auto& file : options.pluginFiles) plugins.load(file);
    ConfigResolver resolver(options.inlineConfig, options.configFile ? std::optional<std::filesystem::path>(*options.configFile)
                                                                     : std::nullopt);
    const bool inspectOnly = options.listChecks || options.dumpConfig || options.verifyConfig;
    if (options.inputs.empty() && !inspectOnly) throw UsageError("no input files (see --help)");

    // Every input's configuration first: they decide the plugins, and the plugins the checks.
    const InputFiles inputs = collectInputFiles(options.inputs);
    std::vector<std::pair<std::filesystem::path, const EffectiveConfig*>> work;
    for (const auto& file : inputs.files) {
      const EffectiveConfig& config = resolver.forFile(file.path);
      if (!file.named && config.excludes(file.path)) continue;
      work.emplace_back(file.path, &config);
    }
    std::vector<const EffectiveConfig*> configs;
    for (const auto& [path, config] : work) configs.push_back(config);
    const EffectiveConfig& here = work.empty() ? resolver.forFile(std::filesystem::current_path() / "_") : *work.front().second;
    configs.push_back(&here);
    loadConfigPlugins(plugins, configs, options.allowConfigPlugins, err);

    CheckSelection selection(plugins, options.checks);
    std::map<const EffectiveConfig*, ConfiguredRunner> runners;
    auto runnerFor = [&](const EffectiveConfig& config) -> ConfiguredRunner& {
      auto [it, fresh] = runners.try_emplace(&config);
      if (fresh) {
        ConfiguredRunner& r = it->second;
        r.checks = selection.checksFor(config, err);
        r.options = std::make_unique<OptionStore>(config.options);
        const auto& pipeline = !options.pipeline.empty() ? options.pipeline
                               : !config.pipeline.empty() ? config.pipeline : defaultPipeline();
        r.runner = std::make_unique<CheckRunner>(plugins, r.checks, pipeline, r.options.get());
        r.fix.enabled = options.mode != RunMode::Report || !options.exportFixesPath.empty();
        r.fix.policy.applyUnsafe = options.unsafeFixes || config.unsafeFixes.value_or(false);
        r.fix.maxIterations = options.maxIterationsGiven ? options.maxIterations : config.maxIterations.value_or(options.maxIterations);
      }
      return it->second;
    };

    if (inspectOnly) {
      ConfiguredRunner& r = runnerFor(here);
      if (options.dumpConfig) out << dumpConfig(here, r.checks);
      if (options.listChecks) {
        out << "Enabled checks:\n";
        for (const auto& name : r.checks) out << "    " << name << '\n';
      }
      if (options.verifyConfig) return verifyConfigs(resolver.allFiles(), plugins, selection, out, err);
      return kExitClean;
    }

    Totals totals;
    std::string error;
    for (const auto& message : inputs.errors) {
      err << "pyconv-tidy: error: " << message << '\n';
      ++totals.errors;
    }
    std::vector<ExportedFile> exported;
    for (const auto& [path, config] : work) processFile(runnerFor(*config), path, options, out, err, totals, exported);
    if (!options.exportFixesPath.empty() &&
        !writeFileAtomically(options.exportFixesPath, exportFixesYaml(exported), error)) {
      err << fmt::format("pyconv-tidy: error: {}: not written: {}\n", options.exportFixesPath, error);
      ++totals.errors;
    }
    printSummary(err, totals, options.mode);
    if (totals.errors) return kExitError;
    const bool diffShown = options.mode == RunMode::Diff && totals.filesChanged > 0;
    return totals.findings > 0 || diffShown ? kExitFindings : kExitClean;
  } catch (const std::exception& e) {  // usage, configuration, plugin and engine errors: one line each
    err << "pyconv-tidy: error: " << e.what() << '\n';
  }
  return kExitError;
}

}  // namespace pyconv
