#include "plugin/GlobList.hpp"

namespace pyconv {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

}  // namespace

GlobList::GlobList(std::string_view text) {
  while (!text.empty()) {
    const auto comma = text.find(',');
    std::string_view item = trim(text.substr(0, comma));
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    if (item.empty()) continue;
    Glob glob;
    if (item.front() == '-') {
      glob.positive = false;
      item = trim(item.substr(1));
    }
    glob.pattern = std::string(item);
    globs_.push_back(std::move(glob));
  }
}

bool GlobList::contains(std::string_view name) const {
  bool result = false;
  for (const Glob& glob : globs_) {
    if (matches(glob.pattern, name)) result = glob.positive;
  }
  return result;
}

bool GlobList::matches(std::string_view pattern, std::string_view name) {
  // Iterative wildcard match with backtracking to the last `*`.
  std::size_t p = 0, n = 0, starP = std::string_view::npos, starN = 0;
  while (n < name.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      starP = p++;
      starN = n;
    } else if (p < pattern.size() && pattern[p] == name[n]) {
      ++p;
      ++n;
    } else if (starP != std::string_view::npos) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace pyconv
