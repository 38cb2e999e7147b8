#include "engine/GithubReport.hpp"

#include <fmt/format.h>

#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

// The runner reads `%`, CR and LF escaped in the message, and also `:` and `,` in a property.
std::string escaped(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string githubAnnotations(const std::vector<FileReport>& reports) {
  std::string out;
  for (const FileReport& report : reports) {
    if (report.diagnostics.empty()) continue;
    const LineIndex lines(report.text);
    for (const Diagnostic& d : report.diagnostics) {
      const Position start = lines.position(d.begin), end = lines.position(d.end);
      out += fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                         toString(d.severity), escaped(report.path, true), start.line,
                         start.column, end.line, end.column, escaped(d.check, true), escaped(d.message, false));
    }
  }
  return out;
}

}  // namespace pyconv
