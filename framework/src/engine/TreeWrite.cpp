#include "engine/TreeWrite.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "engine/FileIO.hpp"
#include "engine/Manifest.hpp"

namespace pyconv {
namespace fs = std::filesystem;

namespace {

// Makes each folder of `relative` below `root` in turn, so that a link met on the way is seen
// (std::filesystem::create_directories would follow it and write outside the destination).
bool createFoldersBelow(const fs::path& root, const fs::path& relative, std::string& error) {
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec) {
    error = fmt::format("cannot create {}: {}", root.string(), ec.message());
    return false;
  }
  fs::path folder = root;
  for (const auto& part : relative) {
    folder /= part;
    if (::mkdir(folder.c_str(), 0777) == 0) continue;
    struct stat st {};
    if (errno != EEXIST || ::lstat(folder.c_str(), &st) != 0) {
      error = fmt::format("cannot create {}: {}", folder.string(), std::strerror(errno));
      return false;
    }
    if (S_ISLNK(st.st_mode)) {
      error = fmt::format("{} is a symbolic link; tree mode never writes through links", folder.string());
      return false;
    }
    if (!S_ISDIR(st.st_mode)) {
      error = fmt::format("cannot create {}: a file is in the way", folder.string());
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<fs::path> symlinkBelow(const fs::path& root, const std::string& relative) {
  fs::path at = root;
  for (const auto& part : fs::path(relative)) {
    at /= part;
    struct stat st {};
    if (::lstat(at.c_str(), &st) != 0) return std::nullopt;  // nothing exists further down
    if (S_ISLNK(st.st_mode)) return at;
  }
  return std::nullopt;
}

bool currentHash(const fs::path& path, SeenHash& hash, std::string& error) {
  struct stat st {};
  // ENOTDIR: a file stands where a folder of the path should be; then there is no file either.
  if (::lstat(path.c_str(), &st) != 0 && (errno == ENOENT || errno == ENOTDIR)) {
    hash.reset();
    return true;
  }
  const auto bytes = readFile(path, error);
  if (!bytes) return false;
  hash = Manifest::hash(*bytes);
  return true;
}

bool writeTreeFile(const fs::path& root, const std::string& relative, std::string_view bytes, const SeenHash& seen,
                   std::optional<mode_t> mode, std::string& error) {
  const fs::path path = root / relative;
  if (!createFoldersBelow(root, fs::path(relative).parent_path(), error)) return false;
  if (const auto link = symlinkBelow(root, relative)) {
    error = fmt::format("{} is a symbolic link; tree mode never writes through links", link->string());
    return false;
  }
  // A person may have saved the file since planTree looked at it: their bytes win.
  SeenHash now;
  if (!currentHash(path, now, error)) return false;
  if (now != seen) {
    error = "changed while pyconv-tidy was running (edited by hand?); left as it is";
    return false;
  }
  return writeFileAtomically(path, bytes, error, mode);
}

}  // namespace pyconv
