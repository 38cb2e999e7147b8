#pragma once
#include <ostream>
#include <string>

namespace pyconv {

// --apply-fixes FILE: applies the replacements of an --export-fixes document (clang-tidy's YAML)
// to the files it names, each file atomically or not at all. A file is refused, with one line and
// nothing written, when its bytes no longer hash to what the document recorded (it changed since
// the export), a replacement lies outside it or overlaps another, or the result would parse with
// more syntax errors than the file has. Identical replacements count once. Returns the exit code
// (0 all applied, 2 any file refused or the document unreadable).
int applyExportedFixes(const std::string& documentPath, std::ostream& err);

}  // namespace pyconv
