#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

// How far a fix may be trusted (ruff's levels, with a migration's meaning; ARCHITECTURE.md 4):
// Safe is exact by construction and touches no comment outside the code it removes; Unsafe rests
// on a heuristic or may change results; DisplayOnly is a suggestion that is never applied.
enum class Applicability { Safe, Unsafe, DisplayOnly };

PYCONV_API std::string_view toString(Applicability applicability);

// Replace bytes [begin, end) of the current text with `replacement`.
struct Edit {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string replacement;

  bool operator==(const Edit&) const = default;
};

struct Fix {
  std::string title;
  Applicability applicability = Applicability::Safe;
  std::vector<Edit> edits;
};

enum class Severity { Warning, Error };

struct Diagnostic {
  std::string check;
  std::string message;
  uint32_t begin = 0;
  uint32_t end = 0;
  Severity severity = Severity::Warning;
  std::optional<Fix> fix;
};

}  // namespace pyconv
