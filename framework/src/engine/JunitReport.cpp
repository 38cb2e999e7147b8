#include "engine/JunitReport.hpp"

#include <fmt/format.h>

#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

// Text and attribute values: the five markup characters as entities; control characters XML 1.0
// cannot hold at all (a file name may contain them) as U+FFFD.
std::string xmlEscaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (byte < 0x20 && c != '\n' && c != '\t' && c != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace

std::string junitReport(const std::vector<FileReport>& reports) {
  std::string cases;
  std::size_t failures = 0, errors = 0;
  for (const FileReport& report : reports) {
    cases += fmt::format("    <testcase classname=\"pyconv-tidy\" name=\"{}\">\n", xmlEscaped(report.path));
    if (!report.errors.empty()) {
      ++errors;
      std::string text;
      for (const auto& error : report.errors) text += error + "\n";
      cases += fmt::format("      <error message=\"{}\">{}</error>\n", xmlEscaped(report.errors.front()), xmlEscaped(text));
    } else if (!report.diagnostics.empty()) {
      ++failures;
      const LineIndex lines(report.text);
      std::string text;
      for (const Diagnostic& d : report.diagnostics) {
        const Position at = lines.position(d.begin);
        text += fmt::format("{}:{}:{}: {} [{}]\n", report.path, at.line, at.column, d.message, d.check);
      }
      cases += fmt::format("      <failure message=\"{} finding{}\">{}</failure>\n", report.diagnostics.size(),
                           report.diagnostics.size() == 1 ? "" : "s", xmlEscaped(text));
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
