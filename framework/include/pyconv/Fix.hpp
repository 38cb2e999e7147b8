#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

// How far a fix may be trusted (ruff's levels, with a migration's meaning; docs/fix-engine.md):
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

// Something a fix needs elsewhere in the file: an import or a module-level helper. The engine
// adds all needs of an iteration's fixes in one deduplicated edit (merged into the existing import
// block, a helper inserted once), so fixes that need the same import never conflict.
struct Need {
  enum class Kind { ImportModule, ImportFrom, Helper };
  Kind kind = Kind::ImportModule;
  std::string module;  // ImportModule / ImportFrom: "mindspore"
  std::string name;    // ImportFrom: the imported name ("mint"); Helper: the function's name
  std::string alias;   // optional `as` name ("ms")
  std::string code;    // Helper: the whole definition, "\n" line ends (the file's style is used)

  static Need importModule(std::string module, std::string alias = {}) {
    return {Kind::ImportModule, std::move(module), {}, std::move(alias), {}};
  }
  static Need importFrom(std::string module, std::string name, std::string alias = {}) {
    return {Kind::ImportFrom, std::move(module), std::move(name), std::move(alias), {}};
  }
  static Need helper(std::string name, std::string code) {
    return {Kind::Helper, {}, std::move(name), {}, std::move(code)};
  }
  bool operator==(const Need&) const = default;
};

struct Fix {
  std::string title;
  Applicability applicability = Applicability::Safe;
  std::vector<Edit> edits;
  std::vector<Need> needs;
  // The fix takes torch plumbing away (device moves, checkpoint calls, no_grad decorators,
  // torch-backend guards) rather than converting it: the conversion rate shows the torch uses it
  // removes apart from converted ones.
  bool removal = false;
};

// `fix`, marked as a removal (see Fix::removal).
inline Fix removing(Fix fix) {
  fix.removal = true;
  return fix;
}

enum class Severity { Warning, Error };

// "warning" or "error", as every output format spells it.
PYCONV_API std::string_view toString(Severity severity);

struct Diagnostic {
  std::string check;
  std::string message;
  uint32_t begin = 0;
  uint32_t end = 0;
  Severity severity = Severity::Warning;
  std::optional<Fix> fix;
};

}  // namespace pyconv
