#include <algorithm>

#include "pyconv/SourceFile.hpp"

namespace pyconv {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  lineStarts_.push_back(0);
  for (uint32_t i = 0; i < text.size(); ++i) {
    // "\r\n" ends one line; a lone "\r" ends one too (Python's universal newlines).
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      lineStarts_.push_back(i + 1);
    }
  }
}

Position LineIndex::position(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  const auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  const auto line = static_cast<uint32_t>(it - lineStarts_.begin());
  const uint32_t start = lineStarts_[line - 1];
  uint32_t column = 1;
  for (uint32_t i = start; i < offset; ++i) {
    // Count code points: every byte that is not a UTF-8 continuation byte starts one.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

std::string_view LineIndex::lineText(uint32_t line) const {
  const uint32_t start = lineStarts_.at(line - 1);
  uint32_t end = line < lineStarts_.size() ? lineStarts_[line] : static_cast<uint32_t>(text_.size());
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return text_.substr(start, end - start);
}

}  // namespace pyconv
