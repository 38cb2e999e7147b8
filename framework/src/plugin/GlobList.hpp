#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

// clang-tidy's check selection: comma-separated globs, `*` matches any run of characters, a
// leading `-` excludes, and the last glob that matches a name decides.
class PYCONV_API GlobList {
 public:
  struct Glob {
    std::string pattern;
    bool positive = true;
  };

  explicit GlobList(std::string_view text);
  bool contains(std::string_view name) const;
  const std::vector<Glob>& globs() const { return globs_; }

  static bool matches(std::string_view pattern, std::string_view name);

 private:
  std::vector<Glob> globs_;
};

}  // namespace pyconv
