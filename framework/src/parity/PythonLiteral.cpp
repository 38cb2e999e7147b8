#include "parity/PythonLiteral.hpp"

#include <fmt/format.h>

#include "source/Utf8.hpp"

namespace pyconv {

std::string pythonStringLiteral(std::string_view bytes) {
  std::string literal = "\"";
  for (std::size_t i = 0; i < bytes.size();) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '\\' || c == '"') {
      literal += '\\';
      literal += bytes[i++];
    } else if (c >= 0x20 && c < 0x7F) {
      literal += bytes[i++];
    } else if (c < 0x80) {
      literal += fmt::format("\\x{:02x}", c);  // line breaks, other controls, DEL
      ++i;
    } else if (char32_t codePoint = 0; const std::size_t length = decodeUtf8(bytes, i, codePoint)) {
      literal += codePoint <= 0xFF     ? fmt::format("\\x{:02x}", static_cast<unsigned>(codePoint))
                 : codePoint <= 0xFFFF ? fmt::format("\\u{:04x}", static_cast<unsigned>(codePoint))
                                       : fmt::format("\\U{:08x}", static_cast<unsigned>(codePoint));
      i += length;
    } else {
      literal += fmt::format("\\udc{:02x}", c);  // surrogateescape, as os.fsdecode
      ++i;
    }
  }
  return literal + "\"";
}

}  // namespace pyconv
