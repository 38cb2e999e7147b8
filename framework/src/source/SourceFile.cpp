#include "pyconv/SourceFile.hpp"

#include <fmt/format.h>

namespace pyconv {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Returns the offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    uint32_t codePoint = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      length = 2;
      codePoint = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3;
      codePoint = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4;
      codePoint = c & 0x07;
    } else {
      return i;
    }
    if (i + length > s.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      codePoint = (codePoint << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    const bool overlong = (length == 2 && codePoint < 0x80) || (length == 3 && codePoint < 0x800) ||
                          (length == 4 && codePoint < 0x10000);
    if (overlong || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF) return i;
    i += length;
  }
  return std::string_view::npos;
}

NewlineStyle detectNewline(std::string_view text) {
  const auto pos = text.find_first_of("\r\n");
  if (pos == std::string_view::npos || text[pos] == '\n') return NewlineStyle::LF;
  return pos + 1 < text.size() && text[pos + 1] == '\n' ? NewlineStyle::CRLF : NewlineStyle::CR;
}

}  // namespace

std::optional<SourceFile> SourceFile::fromBytes(std::string path, std::string bytes,
                                                std::string& error) {
  if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
    error = fmt::format("binary file (NUL byte at offset {}), not Python source", nul);
    return std::nullopt;
  }
  if (const auto bad = firstInvalidUtf8(bytes); bad != std::string_view::npos) {
    error = fmt::format("not valid UTF-8 (byte offset {})", bad);
    return std::nullopt;
  }
  SourceFile file;
  file.path_ = std::move(path);
  file.hasBom_ = std::string_view(bytes).starts_with(kUtf8Bom);
  file.text_ = file.hasBom_ ? bytes.substr(kUtf8Bom.size()) : std::move(bytes);
  file.newline_ = detectNewline(file.text_);
  return file;
}

std::string_view SourceFile::newline() const {
  switch (newline_) {
    case NewlineStyle::CRLF: return "\r\n";
    case NewlineStyle::CR: return "\r";
    case NewlineStyle::LF: break;
  }
  return "\n";
}

std::string SourceFile::bytesFor(std::string_view newText) const {
  std::string out;
  out.reserve(newText.size() + kUtf8Bom.size());
  if (hasBom_) out += kUtf8Bom;
  out += newText;
  return out;
}

}  // namespace pyconv
