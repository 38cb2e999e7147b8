#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include <sys/types.h>

#include "pyconv/Export.hpp"

namespace pyconv {

// Reads a whole file; on failure returns nullopt and a one-line reason in `error`.
PYCONV_API std::optional<std::string> readFile(const std::filesystem::path& path, std::string& error);

// Reads a file that comes from outside the inputs (a configuration, a mapping table, a
// manifest, a plugin's header): only a regular file (after symlinks) of at most `maxBytes`. A FIFO
// would block forever and /dev/zero would never end, so anything else is refused before it is
// opened for reading. On failure returns nullopt and a one-line reason in `error`.
PYCONV_API std::optional<std::string> readRegularFile(const std::filesystem::path& path, std::uintmax_t maxBytes,
                                                      std::string& error);

// The same for a file already open as `fd` (open it with O_NONBLOCK): refused unless fstat shows
// a regular file; `fd` is closed in every case.
PYCONV_API std::optional<std::string> readOpenRegularFile(int fd, std::uintmax_t maxBytes, std::string& error);

// Replaces `path` with `bytes` atomically: a temporary file in the same folder, flushed to disk,
// given `mode` (default: the original's permission bits, or 0644 for a new file), then renamed
// over it. On failure nothing is changed, no temporary is left, and `error` says why.
PYCONV_API bool writeFileAtomically(const std::filesystem::path& path, std::string_view bytes, std::string& error,
                                    std::optional<mode_t> mode = std::nullopt);
// The same, for the file named path.filename() inside the open folder `folder` (tree mode opens
// each folder without following links); `path` names the file in messages and for signals.
PYCONV_API bool writeFileAtomicallyIn(int folder, const std::filesystem::path& path, std::string_view bytes,
                                      std::string& error, std::optional<mode_t> mode = std::nullopt);

}  // namespace pyconv
