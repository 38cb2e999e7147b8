#include "engine/Driver.hpp"

#include <fmt/format.h>

#include "engine/ExportFixes.hpp"
#include "engine/FileIO.hpp"
#include "engine/FileJob.hpp"
#include "engine/InputFiles.hpp"
#include "engine/TextReport.hpp"
#include "engine/UnifiedDiff.hpp"
#include "plugin/GlobList.hpp"
#include "plugin/PluginSet.hpp"

namespace pyconv {
namespace {

// The checks a run uses, by clang-tidy's glob rules. A positive glob on the command line that
// matches no check is almost always a typo: a usage error.
std::vector<std::string> selectChecks(const PluginSet& plugins, const std::optional<std::string>& checks) {
  const GlobList globs(checks.value_or("*"));
  if (checks) {
    for (const auto& glob : globs.globs()) {
      if (!glob.positive) continue;
      const bool any = std::any_of(plugins.checks().begin(), plugins.checks().end(),
                                   [&](const auto& e) { return GlobList::matches(glob.pattern, e.name); });
      if (!any) throw UsageError(fmt::format("--checks: '{}' matches no check (see --list-checks)", glob.pattern));
    }
  }
  std::vector<std::string> selected;
  for (const auto& entry : plugins.checks()) {
    if (globs.contains(entry.name)) selected.push_back(entry.name);
  }
  return selected;
}

struct Totals {
  std::size_t files = 0, filesWithFindings = 0, findings = 0, fixes = 0, filesChanged = 0, errors = 0;
};

void processFile(CheckRunner& runner, const std::filesystem::path& path, const DriverOptions& options,
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
  FixOptions fix;
  // Exported fixes are computed like --diff's: the fixed text is made, not written.
  fix.enabled = options.mode != RunMode::Report || !options.exportFixesPath.empty();
  fix.policy.applyUnsafe = options.unsafeFixes;
  fix.maxIterations = options.maxIterations;
  const FileOutcome outcome = runner.process(*source, fix);
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

}  // namespace

int runDriver(const DriverOptions& options, std::ostream& out, std::ostream& err) {
  PluginSet plugins;  // declared first: outlives every check made from it
  try {
    plugins.loadDirectory(builtinPluginDirectory());
    for (const auto& file : options.pluginFiles) plugins.load(file);
    if (options.listChecks) {
      const auto selected = selectChecks(plugins, options.checks);
      out << "Enabled checks:\n";
      for (const auto& name : selected) out << "    " << name << '\n';
      return kExitClean;
    }
    if (options.inputs.empty()) throw UsageError("no input files (see --help)");
    const auto checks = selectChecks(plugins, options.checks);
    CheckRunner runner(plugins, checks, options.pipeline.empty() ? defaultPipeline() : options.pipeline);
    const InputFiles inputs = collectInputFiles(options.inputs);
    std::string error;
    Totals totals;
    for (const auto& message : inputs.errors) {
      err << "pyconv-tidy: error: " << message << '\n';
      ++totals.errors;
    }
    std::vector<ExportedFile> exported;
    for (const auto& path : inputs.files) processFile(runner, path, options, out, err, totals, exported);
    if (!options.exportFixesPath.empty() &&
        !writeFileAtomically(options.exportFixesPath, exportFixesYaml(exported), error)) {
      err << fmt::format("pyconv-tidy: error: {}: not written: {}\n", options.exportFixesPath, error);
      ++totals.errors;
    }
    printSummary(err, totals, options.mode);
    if (totals.errors) return kExitError;
    const bool diffShown = options.mode == RunMode::Diff && totals.filesChanged > 0;
    return totals.findings > 0 || diffShown ? kExitFindings : kExitClean;
  } catch (const std::exception& e) {  // usage, plugin and engine errors: one line each
    err << "pyconv-tidy: error: " << e.what() << '\n';
  }
  return kExitError;
}

}  // namespace pyconv
