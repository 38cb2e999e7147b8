#include "review/ReviewHtml.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "io/MarkupEscape.hpp"
#include "io/UnifiedDiff.hpp"
#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

constexpr int kContext = 3;  // unchanged lines shown around each change, as in a unified diff

// Styles only; the pages have no script and load nothing (a review may happen offline).
constexpr std::string_view kStyle = R"(body{font-family:sans-serif;margin:1.5em;color:#1b1b1b}
table{border-collapse:collapse}th,td{padding:.15em .5em;text-align:left;vertical-align:top}
table.files td,table.files th,table.totals td,table.totals th{border-bottom:1px solid #ddd}
td.n{text-align:right}.valid{color:#1a6b1a}.invalid,.failed,.error{color:#a11}.skipped{color:#777}.passed{color:#1a6b1a}
table.diff{width:100%;font-family:monospace;font-size:13px}table.diff td.ln{color:#888;text-align:right;width:3em;user-select:none}
table.diff td.code{white-space:pre-wrap;word-break:break-all;width:50%}
tr.changed td.del{background:#fde8e8}tr.changed td.add{background:#e6f6e6}tr.skip td{color:#777;background:#f4f4f4;text-align:center}
tr.finding td{background:#fff6d6}tr.unsafe td{background:#f0e6ff}span.check{color:#555}
)";

std::string pageStart(std::string_view title) {
  return fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
                     "<style>\n{}</style>\n</head>\n<body>\n",
                     markupEscaped(title), kStyle);
}

constexpr std::string_view kPageEnd = "</body>\n</html>\n";

// The first counted package's uses left, as ReviewFile::packageUsesInSource counts them in the source.
long usesLeft(const ReviewedFile& file) {
  const auto& left = file.validation.packageUsesLeft;
  return left.empty() ? 0L : left.front().second;
}

std::string rate(long found, long left) {
  if (found <= 0) return "no torch uses";
  return fmt::format("{:.1f}% gone ({} of {} left)", 100.0 * static_cast<double>(found - left) / static_cast<double>(found), left, found);
}

std::string verdictCell(const FileValidation& v) {
  const std::string verdict = validationVerdict(v);
  return fmt::format("<span class=\"{}\">{}</span>", v.valid() ? "valid" : "invalid", markupEscaped(verdict));
}

std::string paritySummary(const std::vector<ParityCase>& cases) {
  if (cases.empty()) return "no test";
  const auto passed = std::count_if(cases.begin(), cases.end(), [](const ParityCase& c) { return c.outcome == ParityCase::Outcome::Passed; });
  return fmt::format("<span class=\"{}\">{} of {} passed</span>", passed == static_cast<long>(cases.size()) ? "passed" : "failed",
                     passed, cases.size());
}

// What is shown under a line of the converted file: its findings and the Unsafe fixes applied there.
struct Annotation {
  std::string cssClass, html;
};

std::map<uint32_t, std::vector<Annotation>> annotationsOf(const ReviewedFile& file, const LineIndex& converted) {
  std::map<uint32_t, std::vector<Annotation>> notes;
  int index = 0;
  for (const auto& d : file.report->diagnostics) {
    const Position at = converted.position(d.begin);
    notes[at.line].push_back({"finding", fmt::format("<span id=\"finding-{}\">{}:{}: {}: {} <span class=\"check\">[{}]</span></span>",
                                                     ++index, at.line, at.column,
                                                     d.severity == Severity::Error ? "error" : "warning", markupEscaped(d.message),
                                                     markupEscaped(d.check))});
  }
  for (const auto& fix : file.review->unsafe) {
    notes[fix.line].push_back({"unsafe", fmt::format("{}: Unsafe fix applied: {} <span class=\"check\">[{}]</span>", fix.line,
                                                     markupEscaped(fix.title), markupEscaped(fix.check))});
  }
  return notes;
}

std::string codeCell(const LineIndex& lines, int line, std::string_view side) {
  if (line <= 0) return "<td class=\"ln\"></td><td class=\"code\"></td>";
  std::string_view text = lines.lineText(static_cast<uint32_t>(line));
  if (text.ends_with('\r')) text.remove_suffix(1);
  return fmt::format("<td class=\"ln\">{}</td><td class=\"code{}\">{}</td>", line, side, markupEscaped(text));
}

// The side-by-side table: changed lines with kContext lines around them, and every line that has
// a finding or an Unsafe fix, with one line either side, even where nothing changed.
std::string diffTable(const ReviewedFile& file) {
  const std::string& before = file.review->sourceText;
  const std::string& after = file.report->text;
  const LineIndex oldLines(before), newLines(after);
  const auto notes = annotationsOf(file, newLines);
  auto rows = sideBySideRows(before, after, kContext);
  if (rows.empty()) {  // unchanged: one run of the whole file, opened where it is annotated
    const int count = static_cast<int>(std::count(after.begin(), after.end(), '\n')) + (after.empty() || after.back() == '\n' ? 0 : 1);
    if (count > 0) rows.push_back({SideBySideRow::Kind::Skipped, 1, 1, count});
  }
  std::string html =
      "<table class=\"diff\">\n<thead><tr><th scope=\"col\">line</th><th scope=\"col\">torch (source)</th>"
      "<th scope=\"col\">line</th><th scope=\"col\">MindSpore (converted)</th></tr></thead>\n<tbody>\n";
  auto annotate = [&](int newLine) {
    const auto found = notes.find(static_cast<uint32_t>(newLine));
    if (newLine <= 0 || found == notes.end()) return;
    for (const auto& note : found->second) {
      html += fmt::format("<tr class=\"{}\"><td colspan=\"4\">{}</td></tr>\n", note.cssClass, note.html);
    }
  };
  auto line = [&](std::string_view kind, int oldLine, int newLine) {
    const bool changed = kind == "changed";
    html += fmt::format("<tr class=\"{}\">{}{}</tr>\n", kind, codeCell(oldLines, oldLine, changed ? " del" : ""),
                        codeCell(newLines, newLine, changed ? " add" : ""));
    annotate(newLine);
  };
  auto skip = [&](int count) {
    if (count > 0) html += fmt::format("<tr class=\"skip\"><td colspan=\"4\">{} unchanged line{}</td></tr>\n", count, count == 1 ? "" : "s");
  };
  for (const auto& row : rows) {
    if (row.kind != SideBySideRow::Kind::Skipped) {
      line(row.kind == SideBySideRow::Kind::Same ? "same" : "changed", row.oldLine, row.newLine);
      continue;
    }
    // An unchanged run: shown only around the annotated lines in it.
    std::set<int> shown;
    for (auto it = notes.lower_bound(static_cast<uint32_t>(row.newLine)); it != notes.end() && static_cast<int>(it->first) < row.newLine + row.skipped; ++it) {
      for (int k = -1; k <= 1; ++k) {
        const int at = static_cast<int>(it->first) + k;
        if (at >= row.newLine && at < row.newLine + row.skipped) shown.insert(at);
      }
    }
    int next = row.newLine;
    for (const int at : shown) {
      skip(at - next);
      line("same", row.oldLine + (at - row.newLine), at);
      next = at + 1;
    }
    skip(row.newLine + row.skipped - next);
  }
  return html + "</tbody>\n</table>\n";
}

std::string unsafeList(const std::vector<FileOutcome::AppliedFix>& fixes) {
  std::string html = "<ul>\n";
  for (const auto& fix : fixes) {
    html += fmt::format("<li>line {}: {} <span class=\"check\">[{}]</span></li>\n", fix.line, markupEscaped(fix.title), markupEscaped(fix.check));
  }
  return html + "</ul>\n";
}

}  // namespace

std::string reviewIndexPage(const ReviewSummary& summary, const std::vector<ReviewedFile>& files) {
  long found = 0, left = 0;
  std::size_t findings = 0, unsafe = 0, valid = 0, cases = 0, passed = 0;
  for (const auto& f : files) {
    found += f.review->packageUsesInSource;
    left += usesLeft(f);
    findings += f.report->diagnostics.size();
    unsafe += f.review->unsafe.size() + f.review->sourceUnsafe.size();
    valid += f.validation.valid() ? 1 : 0;
    cases += f.parity.size();
    passed += static_cast<std::size_t>(std::count_if(f.parity.begin(), f.parity.end(),
                                                     [](const ParityCase& c) { return c.outcome == ParityCase::Outcome::Passed; }));
  }
  std::string html = pageStart("pyconv-tidy review: " + summary.destinationRoot);
  html += fmt::format("<h1>Conversion review</h1>\n<p>{} converted from {} by pyconv-tidy.</p>\n", markupEscaped(summary.destinationRoot),
                      markupEscaped(summary.sourceRoot));
  html += "<table class=\"totals\">\n<tbody>\n";
  html += fmt::format("<tr><th scope=\"row\">files converted</th><td>{}</td></tr>\n", files.size());
  html += fmt::format("<tr><th scope=\"row\">conversion rate (torch uses)</th><td>{}</td></tr>\n", rate(found, left));
  html += fmt::format("<tr><th scope=\"row\">findings left</th><td>{}</td></tr>\n", findings);
  html += fmt::format("<tr><th scope=\"row\">Unsafe fixes applied</th><td>{}</td></tr>\n", unsafe);
  html += fmt::format("<tr><th scope=\"row\">valid files</th><td>{} of {}{}</td></tr>\n", valid, files.size(),
                      summary.importsChecked ? "" : " (imports not checked: no --python)");
  html += fmt::format("<tr><th scope=\"row\">parity tests passed</th><td>{}</td></tr>\n",
                      summary.parityGiven ? fmt::format("{} of {}", passed, cases) : std::string("no results given (--parity-results)"));
  html += "</tbody>\n</table>\n<h2>Files</h2>\n<table class=\"files\">\n<thead><tr><th scope=\"col\">file</th>"
          "<th scope=\"col\">conversion</th><th scope=\"col\">findings left</th><th scope=\"col\">Unsafe fixes</th>"
          "<th scope=\"col\">verdict</th><th scope=\"col\">parity</th></tr></thead>\n<tbody>\n";
  for (const auto& f : files) {
    html += fmt::format("<tr><td><a href=\"{}\">{}</a>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td></tr>\n",
                        markupEscaped(f.page), markupEscaped(f.review->relative), f.review->continued ? " (edited by hand)" : "",
                        rate(f.review->packageUsesInSource, usesLeft(f)), f.report->diagnostics.size(),
                        f.review->unsafe.size() + f.review->sourceUnsafe.size(), verdictCell(f.validation),
                        summary.parityGiven ? paritySummary(f.parity) : "");
  }
  return html + "</tbody>\n</table>\n" + std::string(kPageEnd);
}

std::string reviewFilePage(const ReviewSummary& summary, const ReviewedFile& file) {
  const ReviewFile& review = *file.review;
  std::string html = pageStart(review.relative + " - pyconv-tidy review");
  html += fmt::format("<p><a href=\"index.html\">All files</a></p>\n<h1>{}</h1>\n", markupEscaped(review.relative));
  html += fmt::format("<p>Conversion: {}. Verdict: {}.</p>\n", rate(review.packageUsesInSource, usesLeft(file)), verdictCell(file.validation));
  if (review.continued) {
    html += "<p>The converted file was edited by hand: the right side is the file as it stands. The Unsafe fixes a "
            "conversion from the source applies (line numbers of the tool's output, before the hand edits):</p>\n" +
            unsafeList(review.sourceUnsafe);
  }
  if (summary.parityGiven) {
    html += "<h2>Parity tests</h2>\n";
    if (file.parity.empty()) {
      html += "<p>No parity test of this file in the results.</p>\n";
    } else {
      html += "<ul>\n";
      for (const auto& test : file.parity) {
        const char* outcome = outcomeName(test.outcome);
        html += fmt::format("<li><span class=\"{}\">{}</span> {}{}</li>\n", outcome, outcome, markupEscaped(test.name),
                            test.message.empty() ? "" : ": " + markupEscaped(test.message));
      }
      html += "</ul>\n";
    }
  }
  html += fmt::format("<h2>Changes</h2>\n<p>{} finding{} left and {} Unsafe fix{} applied by this run, shown under their lines.</p>\n",
                      file.report->diagnostics.size(), file.report->diagnostics.size() == 1 ? "" : "s", review.unsafe.size(),
                      review.unsafe.size() == 1 ? "" : "es");
  return html + diffTable(file) + std::string(kPageEnd);
}

}  // namespace pyconv
