#include "parity/PythonLiteral.hpp"

#include <fmt/format.h>

namespace pyconv {
namespace {

// Decodes the well-formed UTF-8 sequence at `text[at]` (no overlong forms, no surrogates, at most
// U+10FFFF) into `codePoint` and returns its length, or returns 0 when there is none.
std::size_t decodeUtf8(std::string_view text, std::size_t at, char32_t& codePoint) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  char32_t minimum = 0;
  if (lead >= 0xC0 && lead < 0xE0) {
    length = 2, minimum = 0x80, codePoint = lead & 0x1F;
  } else if (lead >= 0xE0 && lead < 0xF0) {
    length = 3, minimum = 0x800, codePoint = lead & 0x0F;
  } else if (lead >= 0xF0 && lead < 0xF8) {
    length = 4, minimum = 0x10000, codePoint = lead & 0x07;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    codePoint = (codePoint << 6) | (byte(i) & 0x3F);
  }
  const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
  return codePoint < minimum || codePoint > 0x10FFFF || surrogate ? 0 : length;
}

}  // namespace

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
