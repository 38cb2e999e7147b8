#include "engine/Output.hpp"

#include <fmt/format.h>

#include "engine/JsonReport.hpp"
#include "engine/TextReport.hpp"

namespace pyconv {
namespace {

std::string plural(std::size_t n, std::string_view word, std::string_view suffix = "s") {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : suffix);
}

}  // namespace

void printReports(const std::vector<FileReport>& reports, const DriverOptions& options, std::ostream& out,
                  std::ostream& err, Totals& totals) {
  for (const FileReport& report : reports) {
    for (const auto& error : report.errors) err << "pyconv-tidy: error: " << error << '\n';
    totals.errors += report.errors.size();
    for (const auto& note : report.notes) err << note << '\n';
    if (!options.jsonOutput) printTextReport(out, report.path, report.text, report.diagnostics);
    out << report.diff;
    totals.findings += report.diagnostics.size();
    totals.filesWithFindings += report.diagnostics.empty() ? 0 : 1;
    totals.fixes += report.fixes;
    totals.filesChanged += report.changed ? 1 : 0;
  }
  if (options.jsonOutput) out << jsonReport(reports);
}

void printSummary(std::ostream& err, const Totals& t, const DriverOptions& options) {
  std::string line = fmt::format("pyconv-tidy: {} in {} of {}", plural(t.findings, "finding"), t.filesWithFindings,
                                 plural(t.files, "file"));
  if (!options.sourceRoot.empty()) {
    line += fmt::format("; {} converted, {} continued where they stand, {} copied, {} kept; {} applied",
                        plural(t.converted, "file"), t.continued, t.copied, t.kept, plural(t.fixes, "fix", "es"));
  } else if (options.mode == RunMode::Fix) {
    line += fmt::format("; {} applied, {} rewritten", plural(t.fixes, "fix", "es"), plural(t.filesChanged, "file"));
  } else if (options.mode == RunMode::Diff) {
    line += fmt::format("; {} would change", plural(t.filesChanged, "file"));
  }
  if (t.errors) line += fmt::format("; {}", plural(t.errors, "error"));
  err << line << '\n';
  if (!t.continuedFiles.empty()) {
    err << "pyconv-tidy: continued where they stand (edited by hand or not written by pyconv-tidy):";
    for (const auto& f : t.continuedFiles) err << ' ' << f;
    err << '\n';
  }
}

}  // namespace pyconv
