#include "engine/WorkList.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

// A construct longer than this is cut: the line and column find the rest.
constexpr std::size_t kMaxConstruct = 200;

std::string howToFinish(const Diagnostic& d) {
  if (!d.fix) return "by hand: the check's documentation says how";
  switch (d.fix->applicability) {
    case Applicability::Safe: return "pyconv-tidy --fix applies '" + d.fix->title + "'";
    case Applicability::Unsafe:
      return "pyconv-tidy --fix --unsafe-fixes applies '" + d.fix->title + "'; review it, it may change behaviour";
    case Applicability::DisplayOnly: return "by hand; suggested: '" + d.fix->title + "'";
  }
  return "by hand";
}

}  // namespace

std::string workList(const std::vector<FileReport>& reports) {
  std::vector<const FileReport*> ordered;
  for (const FileReport& report : reports) ordered.push_back(&report);
  std::stable_sort(ordered.begin(), ordered.end(), [](const FileReport* a, const FileReport* b) { return a->path < b->path; });
  std::string out;
  for (const FileReport* report : ordered) {
    const LineIndex lines(report->text);
    for (const Diagnostic& d : report->diagnostics) {  // already sorted by position
      const Position start = lines.position(d.begin), end = lines.position(d.end);
      std::string construct = d.end > d.begin && d.end <= report->text.size() ? report->text.substr(d.begin, d.end - d.begin) : "";
      if (construct.size() > kMaxConstruct) construct = construct.substr(0, kMaxConstruct) + "...";
      const nlohmann::ordered_json record = {
          {"file", report->path},
          {"line", start.line},
          {"column", start.column},
          {"end", {{"line", end.line}, {"column", end.column}}},
          {"check", d.check},
          {"construct", construct},
          {"message", d.message},
          {"finish", howToFinish(d)},
          {"doc", "pyconv-tidy --explain " + d.check},
      };
      // A construct cut inside a multi-byte character, or a file name with any bytes: U+FFFD.
      out += record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
  }
  return out;
}

}  // namespace pyconv
