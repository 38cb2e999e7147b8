#include "engine/TextReport.hpp"

#include <fmt/format.h>

#include "pyconv/SourceFile.hpp"

namespace pyconv {

void printTextReport(std::ostream& out, std::string_view path, std::string_view text,
                     const std::vector<Diagnostic>& diagnostics) {
  if (diagnostics.empty()) return;
  const LineIndex lines(text);
  for (const Diagnostic& d : diagnostics) {
    const Position at = lines.position(d.begin);
    const std::string_view severity = d.severity == Severity::Error ? "error" : "warning";
    out << fmt::format("{}:{}:{}: {}: {} [{}]\n", path, at.line, at.column, severity, d.message, d.check);
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
    out << caret << "^\n";
  }
}

}  // namespace pyconv
