#include "engine/FileIO.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "engine/TempFiles.hpp"

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

bool writeFileAtomically(const std::filesystem::path& path, std::string_view bytes, std::string& error,
                         std::optional<mode_t> wanted) {
  struct stat original {};
  const bool exists = ::stat(path.c_str(), &original) == 0;
  // Named where a signal handler can find it, so SIGINT/SIGTERM leave no temporary behind.
  TemporaryName tmpl(temporaryTemplate(path));
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    error = std::string("cannot create a temporary file: ") + std::strerror(errno);
    return false;
  }
  auto fail = [&](const char* what) {
    error = std::string(what) + ": " + std::strerror(errno);
    ::close(fd);
    ::unlink(tmpl.data());
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
  if (::close(fd) != 0) {
    error = std::string("close failed: ") + std::strerror(errno);
    ::unlink(tmpl.data());
    return false;
  }
  if (::rename(tmpl.data(), path.c_str()) != 0) {
    error = std::string("cannot replace the file: ") + std::strerror(errno);
    ::unlink(tmpl.data());
    return false;
  }
  return true;
}

}  // namespace pyconv
