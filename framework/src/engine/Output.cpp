#include "engine/Output.hpp"

#include <fmt/format.h>

#include "engine/GithubReport.hpp"
#include "engine/JsonReport.hpp"
#include "engine/JunitReport.hpp"
#include "engine/Progress.hpp"
#include "engine/TextReport.hpp"
#include "engine/WorkList.hpp"
#include "io/Display.hpp"

namespace pyconv {
namespace {

std::string plural(std::size_t n, std::string_view word, std::string_view suffix = "s") {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : suffix);
}

}  // namespace

void printReports(const std::vector<FileReport>& reports, const DriverOptions& options,
                  const ConversionAccounting& accounting, std::ostream& out, std::ostream& err, Totals& totals) {
  // With --diff the findings go to stderr, else to stdout: colour when that one is a terminal.
  const bool color = options.color == ColorMode::Always ||
                     (options.color == ColorMode::Auto && isTerminal(showsDiff(options.mode) ? 2 : 1));
  for (const FileReport& report : reports) {
    for (const auto& error : report.errors) err << "pyconv-tidy: error: " << displayText(error) << '\n';
    totals.errors += report.errors.size();
    if (!options.quiet) {
      for (const auto& note : report.notes) err << displayText(note) << '\n';
    }
    const bool reportMode = options.mode == Mode::Report;  // [*] marks say what --fix would do
    if (options.format == OutputFormat::Text) {
      // With --diff, standard output holds the diff alone, for `git apply`.
      printTextReport(showsDiff(options.mode) ? err : out, displayPath(report.path), report.text, report.diagnostics,
                      color, reportMode, options.unsafeFixes);
    }
    if (reportMode) {
      for (const auto& d : report.diagnostics) {
        totals.fixable += fixableBy(d, options.unsafeFixes) ? 1 : 0;
        totals.fixableUnsafe += !options.unsafeFixes && d.fix && d.fix->applicability == Applicability::Unsafe ? 1 : 0;
      }
    }
    out << report.diff;
    totals.findings += report.diagnostics.size();
    totals.filesWithFindings += report.diagnostics.empty() ? 0 : 1;
    totals.fixes += report.fixes;
    totals.filesChanged += report.changed ? 1 : 0;
    for (const auto& [k, v] : report.initialMetrics) totals.initialMetrics[k] += v;
    for (const auto& [k, v] : report.finalMetrics) totals.finalMetrics[k] += v;
    for (const CountedPackage& counted : accounting.packages) {
      if (!options.stats || !report.initialMetrics.count(counted.usesMetric)) continue;
      const long found = counted.uses(report.initialMetrics);
      const long left = counted.uses(report.finalMetrics);
      const long removed = counted.removed(report.finalMetrics);
      err << fmt::format("{}: {} uses {} found, {} left ({:.1f}% gone: {} converted, {} removed)\n", displayPath(report.path),
                         counted.package, found, left,
                         found ? 100.0 * static_cast<double>(found - left) / static_cast<double>(found) : 100.0,
                         found - left - removed, removed);
    }
  }
}

void printMachineReport(const std::vector<FileReport>& reports, const DriverOptions& options, const Totals& totals,
                        const std::function<SarifRule(const std::string&)>& rule, std::ostream& out) {
  switch (options.format) {
    case OutputFormat::Text: return;
    case OutputFormat::Json: out << jsonReport(reports); return;
    case OutputFormat::JsonLines: out << jsonLinesReport(reports); return;
    case OutputFormat::WorkList: out << workList(reports); return;
    case OutputFormat::Github: out << githubAnnotations(reports); return;
    case OutputFormat::Junit: out << junitReport(reports); return;
    case OutputFormat::Sarif: out << sarifLog(reports, {rule, totals.initialMetrics, totals.finalMetrics}); return;
  }
}

void printSummary(std::ostream& err, const Totals& t, const DriverOptions& options, const ConversionAccounting& accounting) {
  std::string line = fmt::format("pyconv-tidy: {} in {} of {}", plural(t.findings, "finding"), t.filesWithFindings,
                                 plural(t.files, "file"));
  if (options.mode == Mode::TreeDryRun) {
    line += fmt::format("; dry run, nothing written: {} would be converted, {} continued where they stand, {} copied, {} "
                        "kept; {} would change",
                        plural(t.converted, "file"), t.continued, t.copied, t.kept, plural(t.filesChanged, "file"));
  } else if (options.mode == Mode::Tree) {
    line += fmt::format("; {} converted, {} continued where they stand, {} copied, {} kept", plural(t.converted, "file"),
                        t.continued, t.copied, t.kept);
    if (t.notWritten) line += fmt::format(", {} not written (see the errors above)", t.notWritten);
    if (t.skippedLinks) line += fmt::format(", {} skipped", plural(t.skippedLinks, "symbolic link"));
    line += fmt::format("; {} applied", plural(t.fixes, "fix", "es"));
  } else if (options.mode == Mode::Fix) {
    line += fmt::format("; {} applied, {} rewritten", plural(t.fixes, "fix", "es"), plural(t.filesChanged, "file"));
  } else if (options.mode == Mode::Diff) {
    line += fmt::format("; {} would change", plural(t.filesChanged, "file"));
  } else if (t.fixable || t.fixableUnsafe) {  // counted in report mode only
    // ruff's summary: what the same command with --fix would fix, and what only Unsafe fixes would.
    line += fmt::format("; [*] {} fixable with --fix{}", t.fixable, options.unsafeFixes ? " --unsafe-fixes" : "");
    if (t.fixableUnsafe) line += fmt::format(" ({} more with --unsafe-fixes)", t.fixableUnsafe);
  }
  if (t.errors) line += fmt::format("; {}", plural(t.errors, "error"));
  err << line << '\n';
  // The conversion rate, from the counts the checks declare (ConversionAccounting): the converted
  // package's uses, annotation uses apart. "Gone" is split into converted uses and uses that
  // removal fixes (device plumbing, checkpoint calls, no_grad decorators, backend guards) took away.
  for (const CountedPackage& counted : accounting.packages) {
    const long found = counted.uses(t.initialMetrics);
    if (found <= 0) continue;
    const long left = counted.uses(t.finalMetrics);
    const long removed = counted.removed(t.finalMetrics);
    err << fmt::format("pyconv-tidy: {0} uses: {1} found ({2} in annotations), {3} left ({4} in annotations): {5:.1f}% gone "
                       "({6} converted, {7} removed with {0} plumbing)\n",
                       counted.package, found, counted.annotationUses(t.initialMetrics), left,
                       counted.annotationUses(t.finalMetrics),
                       100.0 * static_cast<double>(found - left) / static_cast<double>(found), found - left - removed, removed);
  }
  if (!t.continuedFiles.empty()) {
    err << "pyconv-tidy: continued where they stand (edited by hand or not written by pyconv-tidy):";
    for (const auto& f : t.continuedFiles) err << ' ' << displayPath(f);
    err << '\n';
  }
}

}  // namespace pyconv
