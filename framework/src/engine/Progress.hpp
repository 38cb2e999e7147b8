#pragma once
#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>

namespace pyconv {

// Files done out of the total and the rate, redrawn in place on one line of a terminal while
// the workers run (a whole-tree run otherwise says nothing for many seconds); the line is
// cleared before anything else is printed. Off when `enabled` is false: not a terminal, --quiet.
class Progress {
 public:
  Progress(std::ostream& err, std::size_t total, bool enabled);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void fileDone();  // from any worker thread

 private:
  std::ostream& err_;
  const std::size_t total_;
  const bool enabled_;
  std::mutex mutex_;
  std::size_t done_ = 0;
  bool drawn_ = false;
  const std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point lastDraw_{};
};

// Whether a file descriptor is a terminal (progress on stderr, colour on stdout).
bool isTerminal(int fd);

}  // namespace pyconv
