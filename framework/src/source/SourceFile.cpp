#include "pyconv/SourceFile.hpp"

#include <fmt/format.h>

#include "source/Utf8.hpp"

namespace pyconv {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";


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
