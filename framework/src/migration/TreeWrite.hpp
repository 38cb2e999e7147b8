#pragma once
#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace pyconv {

// Tree mode reads only regular files (a FIFO or device would block or never end), up to this size.
constexpr std::uintmax_t kMaxTreeFileBytes = std::uintmax_t{4} << 30;

// The first path below `root` on the way to `root/relative` (the file included) that is a
// symbolic link, if any. The root itself is the person's choice and may be a link.
std::optional<std::filesystem::path> symlinkBelow(const std::filesystem::path& root, const std::string& relative);

// What planTree saw at a destination: nullopt when the file did not exist, else the hash of its
// bytes. Compared again just before the file is replaced.
using SeenHash = std::optional<std::string>;

// The hash of the destination's bytes now (nullopt: no file); false with `error` when unreadable.
bool currentHash(const std::filesystem::path& path, SeenHash& hash, std::string& error);

// Writes `root/relative` for tree mode: creates its folders without following any link, refuses
// when a folder or the file below `root` is a link or when the file is no longer as `seen`
// (edited while the run went on), then replaces it atomically with permission bits `mode`
// (nullopt: keep the existing file's). On refusal or failure nothing is written and `error`
// says why in one line.
bool writeTreeFile(const std::filesystem::path& root, const std::string& relative, std::string_view bytes,
                   const SeenHash& seen, std::optional<mode_t> mode, std::string& error);

// Gives `root/relative` permission bits `mode` (when it has others), reaching it as
// writeTreeFile does: never through a link. False with a one-line `error` on failure.
bool setTreeFileMode(const std::filesystem::path& root, const std::string& relative, mode_t mode, std::string& error);

}  // namespace pyconv
