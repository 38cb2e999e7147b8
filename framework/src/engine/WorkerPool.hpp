#pragma once
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace pyconv {

// Runs `work(worker, index)` for every index in [0, count) on `workers` threads; each worker
// keeps its own state (parser, check instances) indexed by `worker`. Results go into slots the
// caller owns, so the order of output never depends on scheduling. The first exception thrown
// by any task is rethrown here after all threads stopped.
inline void runParallel(std::size_t workers, std::size_t count, const std::function<void(std::size_t, std::size_t)>& work) {
  workers = std::max<std::size_t>(1, std::min(workers, count));
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  auto loop = [&](std::size_t worker) {
    for (std::size_t i; !failed && (i = next++) < count;) {
      try {
        work(worker, i);
      } catch (...) {
        if (!failed.exchange(true)) failure = std::current_exception();
      }
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(loop, w);
  loop(0);
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace pyconv
