#pragma once
#include <chrono>
#include <string>
#include <vector>

namespace pyconv {

struct SubprocessResult {
  int exitCode = -1;      // -1: could not start, killed by a signal, or timed out
  bool timedOut = false;
  std::string output;     // stdout and stderr together
  std::string error;      // why it could not start, one line
};

// Runs `argv` (no shell: arguments are passed as they are) with `extraEnvironment` ("NAME=value")
// added to this process's environment, and collects its output. Killed after `timeout`.
SubprocessResult runSubprocess(const std::vector<std::string>& argv, const std::vector<std::string>& extraEnvironment,
                               std::chrono::seconds timeout);

}  // namespace pyconv
