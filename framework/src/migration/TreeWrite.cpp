#include "migration/TreeWrite.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "io/FileIO.hpp"
#include "migration/Manifest.hpp"

namespace pyconv {
namespace fs = std::filesystem;

namespace {

// Why `name` in `folder` (shown as `shown`) cannot be used as a folder: a link, or a file.
std::string refusalOf(int folder, const char* name, const fs::path& shown, int openError) {
  struct stat st {};
  if (::fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
    if (S_ISLNK(st.st_mode)) return fmt::format("{} is a symbolic link; tree mode never writes through links", shown.string());
    if (!S_ISDIR(st.st_mode)) return fmt::format("cannot create {}: a file is in the way", shown.string());
  }
  return fmt::format("cannot create {}: {}", shown.string(), std::strerror(openError));
}

// Opens the folder `relative` below `root`, creating what is missing, one folder at a time and
// with O_NOFOLLOW: a link met on the way is refused, and since every later step is made
// relative to the open folder, a link put there after the check cannot redirect the write
// (std::filesystem::create_directories would follow it out of the destination). -1 on failure.
int openFolderBelow(const fs::path& root, const fs::path& relative, std::string& error) {
  std::error_code ec;
  fs::create_directories(root, ec);
  int folder = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);  // the root may be a link
  if (ec || folder < 0) {
    error = fmt::format("cannot create {}: {}", root.string(), ec ? ec.message() : std::strerror(errno));
    if (folder >= 0) ::close(folder);
    return -1;
  }
  fs::path shown = root;
  for (const auto& part : relative) {
    shown /= part;
    const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    int next = ::openat(folder, part.c_str(), flags);
    if (next < 0 && errno == ENOENT && (::mkdirat(folder, part.c_str(), 0777) == 0 || errno == EEXIST)) {
      next = ::openat(folder, part.c_str(), flags);
    }
    if (next < 0) error = refusalOf(folder, part.c_str(), shown, errno);
    ::close(folder);
    if (next < 0) return -1;
    folder = next;
  }
  return folder;
}

// The hash of `name` in `folder` now (nullopt: no file), read without following a link.
bool currentHashIn(int folder, const std::string& name, SeenHash& hash, std::string& error) {
  // O_NONBLOCK: a FIFO put in the destination must not make the run wait for a writer.
  const int fd = ::openat(folder, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) {
    hash.reset();
    return true;
  }
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  const auto bytes = readOpenRegularFile(fd, kMaxTreeFileBytes, error);
  if (!bytes) return false;
  hash = contentHash(*bytes);
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
  // Only a regular file is read: a FIFO put in the destination would block the run.
  const auto bytes = readRegularFile(path, kMaxTreeFileBytes, error);
  if (!bytes) return false;
  hash = contentHash(*bytes);
  return true;
}

bool writeTreeFile(const fs::path& root, const std::string& relative, std::string_view bytes, const SeenHash& seen,
                   std::optional<mode_t> mode, std::string& error) {
  const fs::path path = root / relative;
  const int folder = openFolderBelow(root, fs::path(relative).parent_path(), error);
  if (folder < 0) return false;
  const std::string name = path.filename().string();
  struct stat st {};
  SeenHash now;
  bool written = false;
  if (::fstatat(folder, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
    error = fmt::format("{} is a symbolic link; tree mode never writes through links", path.string());
  } else if (!currentHashIn(folder, name, now, error)) {
    error = fmt::format("cannot read it again before replacing it: {}", error);
  } else if (now != seen) {
    // A person saved the file since planTree looked at it: their bytes win.
    error = "changed while pyconv-tidy was running (edited by hand?); left as it is";
  } else {
    written = writeFileAtomicallyIn(folder, path, bytes, error, mode);
  }
  ::close(folder);
  return written;
}

bool setTreeFileMode(const fs::path& root, const std::string& relative, mode_t mode, std::string& error) {
  const fs::path path = root / relative;
  const int folder = openFolderBelow(root, fs::path(relative).parent_path(), error);
  if (folder < 0) return false;
  struct stat st {};
  bool done = ::fstatat(folder, path.filename().c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
  if (!done) {
    error = std::strerror(errno);
  } else if (S_ISLNK(st.st_mode)) {
    error = fmt::format("{} is a symbolic link; tree mode never writes through links", path.string());
    done = false;
  } else if ((st.st_mode & 0777) != mode && ::fchmodat(folder, path.filename().c_str(), mode, 0) != 0) {
    error = std::strerror(errno);
    done = false;
  }
  ::close(folder);
  return done;
}

}  // namespace pyconv
