#include "engine/FileIO.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

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

bool writeFileAtomically(const std::filesystem::path& path, std::string_view bytes, std::string& error) {
  struct stat original {};
  const bool exists = ::stat(path.c_str(), &original) == 0;
  std::string tmpl = (path.parent_path() / ("." + path.filename().string() + ".pyconv-XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    error = std::string("cannot create a temporary file: ") + std::strerror(errno);
    return false;
  }
  auto fail = [&](const char* what) {
    error = std::string(what) + ": " + std::strerror(errno);
    ::close(fd);
    ::unlink(tmpl.c_str());
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
  const mode_t mode = exists ? (original.st_mode & 07777) : 0644;
  if (::fchmod(fd, mode) != 0) return fail("cannot set permissions");
  if (::fsync(fd) != 0) return fail("fsync failed");
  if (::close(fd) != 0) {
    error = std::string("close failed: ") + std::strerror(errno);
    ::unlink(tmpl.c_str());
    return false;
  }
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    error = std::string("cannot replace the file: ") + std::strerror(errno);
    ::unlink(tmpl.c_str());
    return false;
  }
  return true;
}

}  // namespace pyconv
