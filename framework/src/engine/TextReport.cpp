#include "engine/TextReport.hpp"

#include <fmt/format.h>

#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

// Spaces (tabs kept) from the start of `line` to 1-based code-point column `column`.
std::string padTo(std::string_view line, uint32_t column) {
  std::string pad;
  uint32_t at = 1;
  for (std::size_t i = 0; i < line.size() && at < column; ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte: same code point
    pad += line[i] == '\t' ? '\t' : ' ';
    ++at;
  }
  return pad;
}

}  // namespace

bool fixableBy(const Diagnostic& d, bool unsafeFixes) {
  return d.fix && (d.fix->applicability == Applicability::Safe || (unsafeFixes && d.fix->applicability == Applicability::Unsafe));
}

void printTextReport(std::ostream& out, std::string_view path, std::string_view text,
                     const std::vector<Diagnostic>& diagnostics, bool color, bool fixableMark, bool unsafeFixes) {
  if (diagnostics.empty()) return;
  const LineIndex lines(text);
  for (const Diagnostic& d : diagnostics) {
    const Position at = lines.position(d.begin);
    const std::string_view severity = toString(d.severity);
    const std::string mark = fixableMark && fixableBy(d, unsafeFixes) ? "[*] " : "";
    if (color) {  // clang's colours: the place bold, errors red, warnings magenta
      out << fmt::format("\x1b[1m{}:{}:{}: \x1b[{}m{}:\x1b[0m\x1b[1m {}{} [{}]\x1b[0m\n", path, at.line, at.column,
                         d.severity == Severity::Error ? "31" : "35", severity, mark, d.message, d.check);
    } else {
      out << fmt::format("{}:{}:{}: {}: {}{} [{}]\n", path, at.line, at.column, severity, mark, d.message, d.check);
    }
    const std::string_view line = lines.lineText(at.line);
    out << line << '\n';
    // ^ at the column, ~ under the rest of the finding on this line.
    const Position stop = lines.position(d.end);
    const uint32_t lineEnd = lines.lineStart(at.line) + static_cast<uint32_t>(line.size());
    const uint32_t lastColumn = (stop.line == at.line ? stop : lines.position(lineEnd)).column;
    const std::string underline = "^" + std::string(lastColumn > at.column + 1 ? lastColumn - at.column - 1 : 0, '~');
    out << padTo(line, at.column) << (color ? "\x1b[32m" + underline + "\x1b[0m\n" : underline + "\n");
    if (!d.fix) continue;
    // The fix's first edit that starts on this line, when its text is one line: what replaces it.
    for (const Edit& e : d.fix->edits) {
      if (lines.position(e.begin).line != at.line || e.replacement.empty() || e.replacement.find('\n') != std::string::npos) continue;
      out << padTo(line, lines.position(e.begin).column) << (color ? "\x1b[32m" + e.replacement + "\x1b[0m\n" : e.replacement + "\n");
      break;
    }
  }
}

}  // namespace pyconv
