#include "io/FileIO.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "io/TempFiles.hpp"

namespace pyconv {

std::optional<std::string> readFile(const std::filesystem::path& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    error = "read error";
    return std::nullopt;
  }
  return std::move(content).str();
}

std::optional<std::string> readRegularFile(const std::filesystem::path& path, std::uintmax_t maxBytes,
                                           std::string& error) {
  struct stat before {};
  if (::stat(path.c_str(), &before) != 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (!S_ISREG(before.st_mode)) {
    error = "not a regular file";
    return std::nullopt;
  }
  if (static_cast<std::uintmax_t>(before.st_size) > maxBytes) {
    error = "larger than " + std::to_string(maxBytes) + " bytes";
    return std::nullopt;
  }
  // O_NONBLOCK: should the name have been swapped for a FIFO since stat, open does not wait for
  // a writer; fstat then sees what was really opened.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  return readOpenRegularFile(fd, maxBytes, error);
}

std::optional<std::string> readOpenRegularFile(int fd, std::uintmax_t maxBytes, std::string& error) {
  struct stat opened {};
  if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
    ::close(fd);
    error = "not a regular file";
    return std::nullopt;
  }
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::string("read error: ") + std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > maxBytes) {  // the file grew after stat
      ::close(fd);
      error = "larger than " + std::to_string(maxBytes) + " bytes";
      return std::nullopt;
    }
  }
  ::close(fd);
  return bytes;
}

namespace {

// Fills mkstemp's six X with letters and digits; each thread has its own generator.
void fillRandomLetters(char* letters) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  thread_local std::mt19937_64 generator{std::random_device{}()};
  for (int i = 0; i < 6; ++i) letters[i] = kAlphabet[generator() % (sizeof kAlphabet - 1)];
}

}  // namespace

bool writeFileAtomicallyIn(int folder, const std::filesystem::path& path, std::string_view bytes, std::string& error,
                           std::optional<mode_t> wanted) {
  const std::string name = path.filename().string();
  struct stat original {};
  const bool exists = ::fstatat(folder, name.c_str(), &original, 0) == 0;
  // Named where a signal handler can find it, so SIGINT/SIGTERM leave no temporary behind. The
  // file itself is made in `folder` (O_EXCL, O_NOFOLLOW): never through a link.
  TemporaryName tmpl(temporaryTemplate(path));
  char* full = tmpl.data();
  const std::size_t length = std::strlen(full);
  const char* slash = std::strrchr(full, '/');
  const char* base = slash ? slash + 1 : full;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    fillRandomLetters(full + length - 6);
    fd = ::openat(folder, base, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    error = std::string("cannot create a temporary file: ") + std::strerror(errno);
    return false;
  }
  auto fail = [&](const char* what) {
    error = std::string(what) + ": " + std::strerror(errno);
    if (fd >= 0) ::close(fd);
    ::unlinkat(folder, base, 0);
    return false;
  };
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed");
    }
    written += static_cast<std::size_t>(n);
  }
  const mode_t mode = wanted ? *wanted : exists ? (original.st_mode & 07777) : 0644;
  if (::fchmod(fd, mode) != 0) return fail("cannot set permissions");
  if (::fsync(fd) != 0) return fail("fsync failed");
  const int closed = ::close(fd);
  fd = -1;
  if (closed != 0) return fail("close failed");
  if (::renameat(folder, base, folder, name.c_str()) != 0) return fail("cannot replace the file");
  return true;
}

bool writeFileAtomically(const std::filesystem::path& path, std::string_view bytes, std::string& error,
                         std::optional<mode_t> wanted) {
  const auto parent = path.parent_path();
  const int folder = ::open(parent.empty() ? "." : parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder < 0) {
    error = std::string("cannot create a temporary file: ") + std::strerror(errno);
    return false;
  }
  const bool written = writeFileAtomicallyIn(folder, path, bytes, error, wanted);
  ::close(folder);
  return written;
}

}  // namespace pyconv
