#include "engine/Jobs.hpp"

#include <algorithm>
#include <charconv>
#include <thread>

namespace pyconv {

std::optional<unsigned> parseJobs(std::string_view text) {
  long long value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || stop != end || value < 0 || value > kMaxJobs) return std::nullopt;
  if (value == 0) {
    // hardware_concurrency may not know (0): one worker is always right.
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1u : std::min(cores, kMaxJobs);
  }
  return static_cast<unsigned>(value);
}

}  // namespace pyconv
