#include "io/Display.hpp"

#include <fmt/format.h>

#include "source/Utf8.hpp"

namespace pyconv {

std::string displayText(std::string_view text) {
  std::string shown;
  shown.reserve(text.size());
  std::size_t length = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      shown += text[i++];
    } else if (c == '\n' || c == '\t' || c == '\r') {
      shown += c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r";
      ++i;
    } else if (c < 0x80) {
      shown += fmt::format("\\x{:02x}", c);  // other C0 controls and DEL
      ++i;
    } else if (char32_t codePoint = 0; (length = decodeUtf8(text, i, codePoint)) == 0) {
      shown += fmt::format("\\x{:02x}", c);
      ++i;
    } else if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      // C1 controls (U+0080..U+009F): some terminals act on them (U+0085 is a line break).
      shown += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
      i += 2;
    } else {
      shown.append(text.substr(i, length));
      i += length;
    }
  }
  return shown;
}

}  // namespace pyconv
