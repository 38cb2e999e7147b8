#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "engine/ConversionAccounting.hpp"
#include "engine/FileReport.hpp"

namespace pyconv {

// --validate's verdict on one file (docs/validate.md), read from its report-mode run with every
// check and Safe and Unsafe fixes computed (nothing written), plus an import in the validation
// environment when one is given. What counts comes from the checks' declarations
// (ConversionAccounting): the package uses left, and the findings of each verdict check.
struct FileValidation {
  enum class Import { NotChecked, Imported, LoadedTorch, Failed };

  std::string path;
  bool readable = true;           // false: the file could not be read or decoded (see the report's errors)
  std::size_t syntaxErrors = 0;   // pyconv-syntax findings
  // Per counted package ("torch", as its counting check declares it): its uses in the file as it is.
  std::vector<std::pair<std::string, long>> packageUsesLeft;
  std::vector<std::pair<VerdictPart, std::size_t>> verdictFindings;  // per verdict check: its findings
  std::size_t pendingFixes = 0;   // fixes a conversion run would still apply
  Import import = Import::NotChecked;
  std::string importDetail;       // the import's one-line outcome

  bool valid() const;
};

FileValidation validationOf(const FileReport& report, const ConversionAccounting& accounting);
// The same verdict for a file a fixing run (tree mode) just wrote: its findings and counts after the
// fixes; a fix still pending is one the run's policy left (an Unsafe one under --safe-only).
FileValidation validationOfConverted(const FileReport& report, const ConversionAccounting& accounting);

// Imports the file with `python` (USE_TORCH=0, see framework/python/pyconv_import_check.py).
void checkImport(FileValidation& validation, const std::string& python, const std::filesystem::path& file);

// With `python`: checkImport for every validation that was read and parses (its `path` is the
// file), `jobs` at a time. Without one: nothing (imports not checked).
void checkImports(const std::vector<FileValidation*>& validations, const std::string& python, unsigned jobs);

// "valid (...)" or "NOT VALID: <what failed>; ...", then what was checked.
std::string validationVerdict(const FileValidation& validation);
// "path: " and the verdict.
std::string validationLine(const FileValidation& validation);

// --output-format=json: {"files": [per-file verdicts], "findings": [the findings, as in report mode]}.
std::string validationJson(const std::vector<FileValidation>& validations, const std::string& findingsJson);

}  // namespace pyconv
