#include "engine/FileBudget.hpp"

#include <fmt/format.h>

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <thread>

namespace pyconv {
namespace {

using Clock = std::chrono::steady_clock;

struct Running {
  std::string path;
  Clock::time_point start;
  std::chrono::seconds limit;
};

// Deadline of this thread's file (cheap to read on every check).
thread_local Clock::time_point tDeadline = Clock::time_point::max();
thread_local std::chrono::seconds tLimit{0};

struct Watchdog {
  std::mutex mutex;
  std::map<std::thread::id, Running> running;
  bool started = false;

  void watch(std::thread::id id, Running file) {
    std::lock_guard lock(mutex);
    running[id] = std::move(file);
    if (!started) {
      started = true;
      std::thread([this] { loop(); }).detach();  // lives as long as the process
    }
  }

  void forget(std::thread::id id) {
    std::lock_guard lock(mutex);
    running.erase(id);
  }

  [[noreturn]] static void stop(const Running& file, Clock::time_point now) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now - file.start).count();
    const std::string message =
        fmt::format("pyconv-tidy: error: {}: still running after {} s (time budget {} s): a check does not return; "
                    "stopping the run (files already written are complete)\n",
                    file.path, seconds, file.limit.count());
    std::fputs(message.c_str(), stderr);
    std::fflush(stderr);
    std::_Exit(2);
  }

  void loop() {
    for (;;) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      std::lock_guard lock(mutex);
      const auto now = Clock::now();
      for (const auto& [id, file] : running) {
        if (now - file.start > 2 * file.limit) stop(file, now);
      }
    }
  }
};

Watchdog& watchdog() {
  static auto* instance = new Watchdog();  // never destroyed: its thread may outlive main's statics
  return *instance;
}

}  // namespace

FileBudget::FileBudget(std::string path, std::chrono::seconds limit) {
  if (limit.count() <= 0) return;
  const auto now = Clock::now();
  tDeadline = now + limit;
  tLimit = limit;
  watchdog().watch(std::this_thread::get_id(), Running{std::move(path), now, limit});
}

FileBudget::~FileBudget() {
  if (tLimit.count() <= 0) return;
  tDeadline = Clock::time_point::max();
  tLimit = std::chrono::seconds(0);
  watchdog().forget(std::this_thread::get_id());
}

void checkFileBudget() {
  if (tDeadline != Clock::time_point::max() && Clock::now() > tDeadline) {
    throw BudgetExceeded(fmt::format("took longer than its time budget of {} s (--timeout-per-file); nothing is "
                                     "written for it", tLimit.count()));
  }
}

}  // namespace pyconv
