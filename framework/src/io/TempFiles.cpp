#include "io/TempFiles.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cstring>

namespace pyconv {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMarker = ".pyconv-";
constexpr std::size_t kRandomLetters = 6;

// Lock-free atomics and plain char buffers: what a signal handler may touch. One slot per file
// being written at once (one per worker thread in practice).
constexpr std::size_t kSlots = 256, kPathBytes = 4096;
std::array<std::atomic<bool>, kSlots> claimed{};
std::array<std::atomic<bool>, kSlots> live{};
char names[kSlots][kPathBytes];

void removeAndDie(int signal) {
  for (std::size_t i = 0; i < kSlots; ++i) {
    // A name caught half filled in by mkstemp names no file: unlink fails harmlessly.
    if (live[i].load(std::memory_order_acquire)) ::unlink(names[i]);
  }
  ::signal(signal, SIG_DFL);
  ::raise(signal);
}

}  // namespace

std::string temporaryTemplate(const fs::path& path) {
  return (path.parent_path() / ("." + path.filename().string() + std::string(kMarker) + "XXXXXX")).string();
}

bool isTemporaryName(std::string_view name) {
  if (name.size() < 1 + 1 + kMarker.size() + kRandomLetters || name.front() != '.') return false;
  const auto letters = name.substr(name.size() - kRandomLetters);
  const auto marker = name.substr(name.size() - kRandomLetters - kMarker.size(), kMarker.size());
  return marker == kMarker &&
         std::all_of(letters.begin(), letters.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}

TemporaryName::TemporaryName(const std::string& templateName) {
  if (templateName.size() < kPathBytes) {
    for (std::size_t i = 0; i < kSlots; ++i) {
      bool expected = false;
      if (!claimed[i].compare_exchange_strong(expected, true)) continue;
      std::memcpy(names[i], templateName.c_str(), templateName.size() + 1);
      live[i].store(true, std::memory_order_release);
      slot_ = static_cast<int>(i);
      return;
    }
  }
  fallback_ = templateName;
}

TemporaryName::~TemporaryName() { release(); }

char* TemporaryName::data() { return slot_ >= 0 ? names[slot_] : fallback_.data(); }

void TemporaryName::release() {
  if (slot_ < 0) return;
  live[static_cast<std::size_t>(slot_)].store(false, std::memory_order_release);
  claimed[static_cast<std::size_t>(slot_)].store(false, std::memory_order_release);
  slot_ = -1;
}

void removeTemporariesOnSignals() {
  for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction action {};
    action.sa_handler = removeAndDie;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    ::sigaction(signal, &action, nullptr);
  }
}

std::vector<fs::path> removeStaleTemporaries(const fs::path& root) {
  std::vector<fs::path> removed;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const auto name = it->path().filename().string();
    std::error_code ignored;
    if (it->is_symlink(ignored)) continue;  // never followed, never removed
    if (it->is_directory(ignored)) {
      if (name.starts_with(".")) it.disable_recursion_pending();
      continue;
    }
    if (isTemporaryName(name) && it->is_regular_file(ignored) && fs::remove(it->path(), ignored)) {
      removed.push_back(it->path());
    }
  }
  std::sort(removed.begin(), removed.end());
  return removed;
}

}  // namespace pyconv
