#include "engine/Progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

namespace pyconv {

Progress::Progress(std::ostream& err, std::size_t total, bool enabled) : err_(err), total_(total), enabled_(enabled) {}

Progress::~Progress() {
  if (drawn_) err_ << "\r\x1b[K" << std::flush;
}

void Progress::fileDone() {
  if (!enabled_) return;
  const std::lock_guard<std::mutex> lock(mutex_);
  ++done_;
  const auto now = std::chrono::steady_clock::now();
  // A few redraws a second at most: a terminal is slower than the workers.
  if (done_ != total_ && now - lastDraw_ < std::chrono::milliseconds(100)) return;
  lastDraw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  err_ << fmt::format("\r\x1b[Kpyconv-tidy: {}/{} files, {:.1f} files/s", done_, total_,
                      seconds > 0 ? static_cast<double>(done_) / seconds : 0.0)
       << std::flush;
  drawn_ = true;
}

bool isTerminal(int fd) { return ::isatty(fd) == 1; }

}  // namespace pyconv
