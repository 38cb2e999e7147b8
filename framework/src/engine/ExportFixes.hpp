#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"

namespace pyconv {

// One file's part of an --export-fixes document.
struct ExportedFile {
  std::string path;                       // absolute
  std::string originalHash;               // contentHash of the file's bytes on disk
  std::string originalText;               // code text without the byte-order mark
  std::string finalText;
  unsigned byteOrderMarkLength = 0;       // offsets in the YAML are of the file on disk
  std::vector<Diagnostic> diagnostics;    // found in the original text
};

// The clang-tidy export-fixes YAML (MainSourceFile, Diagnostics with DiagnosticMessage,
// Replacements, Notes, Level, BuildDirectory), absolute paths. Replacements are the net change of
// each file, as byte replacements on the original file, each attached to the diagnostic it
// overlaps; one no finding overlaps (the imports and helpers fixes need) goes to the first finding
// whose fix has needs. The first finding of each file carries a note with the hash of the file's
// bytes, so --apply-fixes refuses a file changed since.
PYCONV_API std::string exportFixesYaml(const std::vector<ExportedFile>& files, const std::string& buildDirectory);

// The note's message: kOriginalHashNote followed by the hash.
inline constexpr std::string_view kOriginalHashNote = "pyconv-tidy: replacements are offsets into the file with hash ";

}  // namespace pyconv
