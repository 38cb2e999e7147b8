#include "engine/FileProcessing.hpp"

#include <fmt/format.h>

#include "engine/CoveredFindings.hpp"
#include "io/ContentHash.hpp"
#include "io/Display.hpp"
#include "io/FileIO.hpp"
#include "io/UnifiedDiff.hpp"

namespace pyconv {

std::optional<SourceFile> readSource(const std::filesystem::path& path, FileReport& report) {
  std::string error;
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (std::filesystem::is_directory(status)) {
    report.errors.push_back(fmt::format("{}: is a directory", report.path));
    return std::nullopt;
  }
  // A FIFO or device would block or never end: only regular files are read.
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    report.errors.push_back(fmt::format("{}: not a regular file", report.path));
    return std::nullopt;
  }
  auto bytes = readFile(path, error);
  if (!bytes) {
    report.errors.push_back(fmt::format("{}: cannot read: {}", report.path, error));
    return std::nullopt;
  }
  auto source = SourceFile::fromBytes(report.path, std::move(*bytes), error);
  if (!source) report.errors.push_back(fmt::format("{}: {}", report.path, error));
  return source;
}

void describeOutcome(const SourceFile& source, const FileOutcome& outcome, const DriverOptions& options,
                     FileReport& report) {
  if (outcome.error) {
    report.errors.push_back(fmt::format("{}: {}", report.path, *outcome.error));
    return;
  }
  if (!options.exportFixesPath.empty() && outcome.finalText != source.text()) {
    report.exported = ExportedFile{std::filesystem::absolute(report.path).string(),
                                   contentHash(source.bytesFor(source.text())), source.text(), outcome.finalText,
                                   source.hasByteOrderMark() ? 3u : 0u, outcome.initialDiagnostics};
  }
  // Report mode shows the findings of the original text (even when fixes were made for export);
  // the fixing modes show what is left after the fixes.
  const bool reportMode = reportsTextAsItIs(options.mode);
  report.text = reportMode ? source.text() : outcome.finalText;
  report.diagnostics = reportMode ? outcome.initialDiagnostics : outcome.diagnostics;
  report.suppressed = reportMode ? outcome.initialSuppressed : outcome.suppressed;
  dropCoveredFindings(report.diagnostics);
  report.changed = outcome.finalText != source.text();
  report.initialMetrics = outcome.initialMetrics;
  report.finalMetrics = outcome.finalMetrics;
  report.fixes = reportMode ? 0 : outcome.fixesApplied;
  report.pendingFixes = outcome.fixesApplied;
  if (options.mode == Mode::Validate) return;  // nothing is applied: no notes about applied fixes
  for (const auto& fix : outcome.unsafeApplied) {
    report.notes.push_back(fmt::format("{}:{}: note: applied unsafe fix '{}' [{}]", report.path, fix.line, fix.title, fix.check));
  }
}

namespace {

// The file as a diff header names it after `a/`: relative to the current folder when the file is in
// it (`git apply` run there takes the diff), else its absolute path without the leading slash, as
// `git diff --no-index` writes one (never `a//tmp/m.py`, which git refuses as an invalid path).
std::string diffPath(const std::filesystem::path& path) {
  std::error_code error;
  const auto here = std::filesystem::current_path(error);
  const auto absolute = std::filesystem::absolute(path, error).lexically_normal();
  if (error) return path.generic_string();
  const auto relative = absolute.lexically_relative(here);
  if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return absolute.relative_path().generic_string();
}

}  // namespace

FileReport processInPlace(CheckRunner& runner, const RunSettings& settings, const std::filesystem::path& path,
                          const DriverOptions& options) {
  FileReport report;
  report.path = path.string();
  const auto source = readSource(path, report);
  if (!source) return report;
  const FileOutcome outcome = runner.process(*source, settings.fix);
  describeOutcome(*source, outcome, options, report);
  if (!report.errors.empty() || !report.changed || reportsTextAsItIs(options.mode)) return report;
  if (options.mode == Mode::Diff) {
    // Headers name the file as text output does: a newline in the name cannot fake a hunk.
    // git's a/ and b/ prefixes: `git apply` (and `patch -p1`) take the diff as it is.
    const std::string label = displayPath(diffPath(path));
    report.diff = unifiedDiff(source->text(), outcome.finalText, "a/" + label, "b/" + label);
    return report;
  }
  std::string error;
  if (writeFileAtomically(path, source->bytesFor(outcome.finalText), error)) {
    report.written = true;
  } else {
    report.errors.push_back(fmt::format("{}: not written: {}", report.path, error));
  }
  return report;
}

}  // namespace pyconv
