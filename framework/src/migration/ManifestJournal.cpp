#include "migration/ManifestJournal.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

#include "io/FileIO.hpp"

namespace pyconv {

ManifestJournal::ManifestJournal(std::filesystem::path destinationRoot)
    : path_(std::move(destinationRoot) / kFileName) {}

ManifestJournal::~ManifestJournal() {
  if (fd_ >= 0) ::close(fd_);
}

// Opened on the first record, so a run that writes nothing leaves no journal. O_NOFOLLOW: the
// journal is never written through a link.
bool ManifestJournal::open(std::string& error) {
  if (fd_ >= 0) return true;
  std::error_code ec;
  std::filesystem::create_directories(path_.parent_path(), ec);
  fd_ = ::open(path_.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd_ < 0) {
    error = fmt::format("cannot open {}: {}", path_.string(), std::strerror(errno));
    return false;
  }
  // A line torn by an earlier crash is ended first, so the next record starts a line of its own
  // (hence O_RDWR: the last byte is read).
  char last = '\n';
  const off_t size = ::lseek(fd_, 0, SEEK_END);
  if (size > 0 && ::pread(fd_, &last, 1, size - 1) == 1 && last != '\n' && ::write(fd_, "\n", 1) != 1) {
    error = fmt::format("cannot write {}: {}", path_.string(), std::strerror(errno));
    return false;
  }
  return true;
}

bool ManifestJournal::append(const std::string& relative, const std::optional<std::string>& hash, std::string& error) {
  std::string line;
  try {
    nlohmann::json record = {{"path", relative}};
    if (hash) record["hash"] = *hash;
    line = record.dump() + "\n";  // one line: dump() escapes newlines in names
  } catch (const nlohmann::json::exception& e) {
    error = fmt::format("cannot record {}: {}", relative, e.what());
    return false;
  }
  const std::lock_guard lock(mutex_);
  if (!open(error)) return false;
  // One write() of a whole line with O_APPEND: records of other threads never interleave.
  const ssize_t n = ::write(fd_, line.data(), line.size());
  if (n != static_cast<ssize_t>(line.size()) || ::fdatasync(fd_) != 0) {
    error = fmt::format("cannot write {}: {}", path_.string(), n < 0 ? std::strerror(errno) : "short write");
    return false;
  }
  return true;
}

void ManifestJournal::discard() {
  const std::lock_guard lock(mutex_);
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(path_.c_str());
}

void ManifestJournal::replay(const std::filesystem::path& destinationRoot,
                             const std::function<void(const std::string&, const std::optional<std::string>&)>& apply) {
  const auto path = destinationRoot / kFileName;
  std::string error;
  if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(path))) return;
  const auto text = readFile(path, error);
  if (!text) throw std::runtime_error(fmt::format("{}: cannot read: {}", path.string(), error));
  std::size_t begin = 0;
  for (std::size_t end; (end = text->find('\n', begin)) != std::string::npos; begin = end + 1) {
    // An unreadable line (torn by a crash) is skipped: its file then looks edited by hand.
    const auto record = nlohmann::json::parse(text->begin() + static_cast<std::ptrdiff_t>(begin),
                                              text->begin() + static_cast<std::ptrdiff_t>(end), nullptr, false);
    if (!record.is_object() || !record.contains("path") || !record["path"].is_string()) continue;
    const auto hash = record.contains("hash") && record["hash"].is_string()
                          ? std::optional<std::string>(record["hash"].get<std::string>())
                          : std::nullopt;
    apply(record["path"].get<std::string>(), hash);
  }
}

}  // namespace pyconv
