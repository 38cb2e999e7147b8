#pragma once
#include <cstddef>
#include <string_view>

namespace pyconv {

// Decodes the well-formed UTF-8 sequence at `text[at]` (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF) into `codePoint` and returns its length in bytes, or
// returns 0 when the bytes there are not one. The one UTF-8 reader of the engine: source
// validation, printed names and generated literals must agree on what is UTF-8.
std::size_t decodeUtf8(std::string_view text, std::size_t at, char32_t& codePoint);

// The offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view text);

}  // namespace pyconv
