#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

// A plugin's record (PluginExport.hpp): who it is and what it was built for.
struct PluginRecord {
  std::uint32_t apiVersion = 0;
  std::string abiTag, name, version;
};

// The longest record accepted; the macro's is about 150 bytes.
inline constexpr std::size_t kMaxPluginRecordBytes = 4096;

// Parses the bytes of a `.pyconv_plugin` section: one NUL-terminated record (trailing NUL padding
// allowed), its first line the magic, then `key=value` lines of printable ASCII with `api` (a
// decimal number), `abi`, `name` and `version` each exactly once; unknown keys are ignored so a
// newer record still yields its api version. Anything else returns nullopt with a one-line reason
// in `error`: the bytes come from a file that is not trusted yet.
PYCONV_API std::optional<PluginRecord> parsePluginRecord(std::string_view bytes, std::string& error);

}  // namespace pyconv
