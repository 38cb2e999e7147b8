#include "engine/JsonReport.hpp"

#include <nlohmann/json.hpp>

#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

nlohmann::json record(const FileReport& report, const LineIndex& lines, const Diagnostic& d) {
  const Position start = lines.position(d.begin), end = lines.position(d.end);
  nlohmann::json record = {
      {"check", d.check},
      {"severity", std::string(toString(d.severity))},
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
  return record;
}

template <typename Each>
void forEachRecord(const std::vector<FileReport>& reports, Each each) {
  for (const FileReport& report : reports) {
    if (report.diagnostics.empty()) continue;
    const LineIndex lines(report.text);
    for (const Diagnostic& d : report.diagnostics) each(record(report, lines, d));
  }
}

// Sources are validated UTF-8, but a file name may hold any bytes: JSON strings cannot, so such
// bytes become U+FFFD instead of making dump() throw. Control characters are escaped by dump().
std::string dump(const nlohmann::json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string jsonReport(const std::vector<FileReport>& reports) {
  nlohmann::json records = nlohmann::json::array();
  forEachRecord(reports, [&](nlohmann::json r) { records.push_back(std::move(r)); });
  return dump(records, 2) + "\n";
}

std::string jsonLinesReport(const std::vector<FileReport>& reports) {
  std::string out;
  forEachRecord(reports, [&](const nlohmann::json& r) { out += dump(r, -1) + "\n"; });
  return out;
}

}  // namespace pyconv
