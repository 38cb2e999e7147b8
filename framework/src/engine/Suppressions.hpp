#pragma once
#include <string>
#include <vector>

#include "plugin/GlobList.hpp"
#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

// A finding a NOLINT directive suppressed, kept for the formats that record suppressions (SARIF).
struct SuppressedDiagnostic {
  Diagnostic diagnostic;
  std::string directive;  // the comment that suppressed it, as written
};

// NOLINT directives in the comments of one parse (never in strings):
//   `# NOLINT(glob,...)`         the logical statement the comment stands on;
//   `# NOLINTNEXTLINE(glob,...)` the logical statement that starts on the next line;
//   `# NOLINTBEGIN(...)` ... `# NOLINTEND(...)` the lines between.
// Without a glob list a directive covers every check. A statement spanning several lines is
// covered whole; on a compound statement's header, the header lines.
class PYCONV_API Suppressions {
 public:
  explicit Suppressions(const Tree& tree);

  // Removes the diagnostics a directive covers, remembering which directives were used; with
  // `suppressed`, adds each removed one there with its directive.
  void filter(std::vector<Diagnostic>& diagnostics, std::vector<SuppressedDiagnostic>* suppressed = nullptr);
  // `pyconv-nolint` for unpaired BEGIN/END and malformed directives, and `pyconv-unused-nolint`
  // for directives that suppressed nothing although every check they name ran.
  std::vector<Diagnostic> problems(const std::vector<std::string>& enabledChecks) const;

 private:
  struct Directive {
    enum class Kind { Line, NextLine, Begin, End };
    Kind kind = Kind::Line;
    std::string globText;     // as written between the parentheses, empty for "all checks"
    std::string comment;      // the whole comment
    GlobList globs{""};
    bool all = true;
    uint32_t firstLine = 0, lastLine = 0;  // covered lines (1-based)
    uint32_t begin = 0, end = 0;           // the comment
    bool used = false;
  };
  std::vector<Directive> directives_;
  std::vector<Diagnostic> malformed_;
  std::vector<uint32_t> lineStarts_;

  uint32_t lineOf(uint32_t offset) const;
};

}  // namespace pyconv
