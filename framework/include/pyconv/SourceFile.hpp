#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

enum class NewlineStyle { LF, CRLF, CR };

// One Python file as read from disk: its code text (UTF-8, byte-order mark split off) and the
// facts needed to write it back exactly as it came (BOM, newline style).
class PYCONV_API SourceFile {
 public:
  // Validates `bytes`; on failure returns nullopt and sets `error` to a one-line reason.
  static std::optional<SourceFile> fromBytes(std::string path, std::string bytes, std::string& error);

  const std::string& path() const { return path_; }
  // The code text without the byte-order mark; all offsets in the engine are into this text.
  const std::string& text() const { return text_; }
  bool hasByteOrderMark() const { return hasBom_; }
  NewlineStyle newlineStyle() const { return newline_; }
  std::string_view newline() const;
  // The bytes to write for a new code text, restoring the byte-order mark.
  std::string bytesFor(std::string_view newText) const;

 private:
  SourceFile() = default;
  std::string path_;
  std::string text_;
  bool hasBom_ = false;
  NewlineStyle newline_ = NewlineStyle::LF;
};

struct Position {
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, counted in Unicode code points
};

// Maps byte offsets of a text to line:column positions and back.
class PYCONV_API LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position position(uint32_t offset) const;
  // The text of a 1-based line without its line ending.
  std::string_view lineText(uint32_t line) const;
  uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }
  uint32_t lineStart(uint32_t line) const { return lineStarts_.at(line - 1); }

 private:
  std::string_view text_;
  std::basic_string<uint32_t> lineStarts_;
};

}  // namespace pyconv
