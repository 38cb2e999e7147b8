#include "engine/JsonReport.hpp"

#include <nlohmann/json.hpp>

#include "pyconv/SourceFile.hpp"

namespace pyconv {

std::string jsonReport(const std::vector<FileReport>& reports) {
  nlohmann::json records = nlohmann::json::array();
  for (const FileReport& report : reports) {
    if (report.diagnostics.empty()) continue;
    const LineIndex lines(report.text);
    for (const Diagnostic& d : report.diagnostics) {
      const Position start = lines.position(d.begin), end = lines.position(d.end);
      nlohmann::json record = {
          {"check", d.check},
          {"severity", d.severity == Severity::Error ? "error" : "warning"},
          {"message", d.message},
          {"file", report.path},
          {"start", {{"line", start.line}, {"column", start.column}}},
          {"end", {{"line", end.line}, {"column", end.column}}},
          {"byteRange", {d.begin, d.end}},
          {"fix", nullptr},
      };
      if (d.fix) {
        nlohmann::json edits = nlohmann::json::array();
        for (const Edit& e : d.fix->edits) edits.push_back({{"begin", e.begin}, {"end", e.end}, {"replacement", e.replacement}});
        record["fix"] = {{"applicability", std::string(toString(d.fix->applicability))}, {"title", d.fix->title}, {"edits", edits}};
      }
      records.push_back(std::move(record));
    }
  }
  // File contents are validated as UTF-8 but a file's name may not be: it is shown with U+FFFD
  // rather than losing the whole report.
  return records.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace pyconv
