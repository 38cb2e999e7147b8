#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/CheckRunner.hpp"
#include "engine/ExportFixes.hpp"
#include "engine/ReviewFile.hpp"

namespace pyconv {

// Everything one file contributes to a run's output, made by a worker and printed by the main
// thread in input order (so output is the same for every -j).
struct FileReport {
  std::string path;                     // as shown
  std::string text;                     // the text the diagnostics' offsets refer to
  std::vector<Diagnostic> diagnostics;
  std::vector<SuppressedDiagnostic> suppressed;  // findings NOLINT directives suppressed (offsets into text)
  std::string diff;                     // --diff
  std::vector<std::string> errors;      // one line each, without the "pyconv-tidy: error: " prefix
  std::vector<std::string> notes;       // one line each (tree mode: continued files, unsafe fixes)
  std::size_t fixes = 0;
  std::size_t pendingFixes = 0;         // fixes the run computed, applied or not (--validate)
  bool changed = false;                 // the fixes changed the text
  bool written = false;                 // the file (or its destination) was written
  std::optional<ExportedFile> exported;
  std::map<std::string, long> initialMetrics, finalMetrics;  // checks' counts before and after
  std::optional<ReviewFile> review;     // --review-report (tree mode): what the HTML report shows
};

}  // namespace pyconv
