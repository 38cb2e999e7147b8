#include "engine/TextReport.hpp"

#include <fmt/format.h>

#include "pyconv/SourceFile.hpp"

namespace pyconv {

void printTextReport(std::ostream& out, std::string_view path, std::string_view text,
                     const std::vector<Diagnostic>& diagnostics, bool color) {
  if (diagnostics.empty()) return;
  const LineIndex lines(text);
  for (const Diagnostic& d : diagnostics) {
    const Position at = lines.position(d.begin);
    const std::string_view severity = toString(d.severity);
    if (color) {  // clang's colours: the place bold, errors red, warnings magenta
      out << fmt::format("\x1b[1m{}:{}:{}: \x1b[{}m{}:\x1b[0m\x1b[1m {} [{}]\x1b[0m\n", path, at.line, at.column,
                         d.severity == Severity::Error ? "31" : "35", severity, d.message, d.check);
    } else {
      out << fmt::format("{}:{}:{}: {}: {} [{}]\n", path, at.line, at.column, severity, d.message, d.check);
    }
    const std::string_view line = lines.lineText(at.line);
    out << line << '\n';
    std::string caret;
    uint32_t column = 1;
    for (std::size_t i = 0; i < line.size() && column < at.column; ++i) {
      const auto byte = static_cast<unsigned char>(line[i]);
      if ((byte & 0xC0) == 0x80) continue;  // continuation byte: same code point
      caret += line[i] == '\t' ? '\t' : ' ';
      ++column;
    }
    out << caret << (color ? "\x1b[32m^\x1b[0m\n" : "^\n");
  }
}

}  // namespace pyconv
