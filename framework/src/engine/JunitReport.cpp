#include "engine/JunitReport.hpp"

#include <fmt/format.h>

#include "io/MarkupEscape.hpp"
#include "pyconv/SourceFile.hpp"

namespace pyconv {

std::string junitReport(const std::vector<FileReport>& reports) {
  std::string cases;
  std::size_t failures = 0, errors = 0;
  for (const FileReport& report : reports) {
    cases += fmt::format("    <testcase classname=\"pyconv-tidy\" name=\"{}\">\n", markupEscaped(report.path));
    if (!report.errors.empty()) {
      ++errors;
      std::string text;
      for (const auto& error : report.errors) text += error + "\n";
      cases += fmt::format("      <error message=\"{}\">{}</error>\n", markupEscaped(report.errors.front()), markupEscaped(text));
    } else if (!report.diagnostics.empty()) {
      ++failures;
      const LineIndex lines(report.text);
      std::string text;
      for (const Diagnostic& d : report.diagnostics) {
        const Position at = lines.position(d.begin);
        text += fmt::format("{}:{}:{}: {} [{}]\n", report.path, at.line, at.column, d.message, d.check);
      }
      cases += fmt::format("      <failure message=\"{} finding{}\">{}</failure>\n", report.diagnostics.size(),
                           report.diagnostics.size() == 1 ? "" : "s", markupEscaped(text));
    }
    cases += "    </testcase>\n";
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites>\n"
      "  <testsuite name=\"pyconv-tidy\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}"
      "  </testsuite>\n"
      "</testsuites>\n",
      reports.size(), failures, errors, cases);
}

}  // namespace pyconv
