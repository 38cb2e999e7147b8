#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"

namespace pyconv {

// One file's part of an --export-fixes document.
struct ExportedFile {
  std::string path;
  std::string originalText;               // code text without the byte-order mark
  std::string finalText;
  unsigned byteOrderMarkLength = 0;       // offsets in the YAML are of the file on disk
  std::vector<Diagnostic> diagnostics;    // found in the original text
};

// The clang-tidy export-fixes YAML (MainSourceFile, Diagnostics with DiagnosticMessage,
// Replacements, Level). Replacements are the net change of each file, as byte replacements on
// the original file, attached to the diagnostic they overlap (others, such as merged imports,
// to the file's first diagnostic).
PYCONV_API std::string exportFixesYaml(const std::vector<ExportedFile>& files);

}  // namespace pyconv
