#include "migration/Validate.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "engine/WorkerPool.hpp"
#include "io/Display.hpp"
#include "io/Subprocess.hpp"

namespace pyconv::parity {
std::string_view embeddedImportCheckScript();
}  // namespace pyconv::parity

namespace pyconv {
namespace {

constexpr std::chrono::seconds kImportTimeout{600};  // mindone's first import compiles a lot

std::string plural(std::size_t n, std::string_view word, std::string_view suffix = "s") {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : suffix);
}

// The last non-blank line of `text`.
std::string lastLine(std::string_view text) {
  const std::size_t end = text.find_last_not_of("\n ");
  if (end == std::string_view::npos) return {};
  const std::size_t newline = text.rfind('\n', end);
  const std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
  return std::string(text.substr(begin, end + 1 - begin));
}

const char* importName(FileValidation::Import import) {
  switch (import) {
    case FileValidation::Import::NotChecked: return "not-checked";
    case FileValidation::Import::Imported: return "imported";
    case FileValidation::Import::LoadedTorch: return "loaded-torch";
    case FileValidation::Import::Failed: return "failed";
  }
  return "?";
}

}  // namespace

bool FileValidation::valid() const {
  const bool noVerdictFindings = std::all_of(verdictFindings.begin(), verdictFindings.end(),
                                             [](const auto& part) { return part.second == 0; });
  const bool noPackageLeft = std::all_of(packageUsesLeft.begin(), packageUsesLeft.end(),
                                         [](const auto& package) { return package.second == 0; });
  return readable && syntaxErrors == 0 && noPackageLeft && noVerdictFindings && pendingFixes == 0 &&
         (import == Import::NotChecked || import == Import::Imported);
}

namespace {

// The parts both verdicts read from the findings: syntax errors and the verdict checks' findings.
FileValidation fromFindings(const FileReport& report, const ConversionAccounting& accounting) {
  FileValidation v;
  v.path = report.path;
  v.readable = report.errors.empty();
  for (const auto& verdict : accounting.verdictChecks) {
    const auto count = std::count_if(report.diagnostics.begin(), report.diagnostics.end(),
                                     [&](const Diagnostic& d) { return d.check == verdict.check; });
    v.verdictFindings.emplace_back(verdict.part, static_cast<std::size_t>(count));
  }
  for (const auto& d : report.diagnostics) v.syntaxErrors += d.check == "pyconv-syntax" ? 1 : 0;
  return v;
}

}  // namespace

FileValidation validationOf(const FileReport& report, const ConversionAccounting& accounting) {
  FileValidation v = fromFindings(report, accounting);
  for (const auto& counted : accounting.packages) v.packageUsesLeft.emplace_back(counted.package, counted.uses(report.initialMetrics));
  v.pendingFixes = report.pendingFixes;
  return v;
}

FileValidation validationOfConverted(const FileReport& report, const ConversionAccounting& accounting) {
  FileValidation v = fromFindings(report, accounting);
  for (const auto& counted : accounting.packages) v.packageUsesLeft.emplace_back(counted.package, counted.uses(report.finalMetrics));
  // a fix the run's policy did not apply (an Unsafe one under --safe-only)
  v.pendingFixes = static_cast<std::size_t>(std::count_if(report.diagnostics.begin(), report.diagnostics.end(),
                                                          [](const Diagnostic& d) { return d.fix.has_value(); }));
  return v;
}

void checkImport(FileValidation& v, const std::string& python, const std::filesystem::path& file) {
  const auto run = runSubprocess({python, "-c", std::string(parity::embeddedImportCheckScript()), file.string()},
                                 {"USE_TORCH=0", "PYTHONDONTWRITEBYTECODE=1", "TRANSFORMERS_VERBOSITY=error", "GLOG_v=3"}, kImportTimeout);
  // The script's verdict is its last output line; the rest is the packages' chatter.
  const std::string last = lastLine(run.output);
  if (!run.error.empty()) {
    v.import = FileValidation::Import::Failed;
    v.importDetail = run.error;
  } else if (run.timedOut) {
    v.import = FileValidation::Import::Failed;
    v.importDetail = fmt::format("import did not finish in {} s", kImportTimeout.count());
  } else if (run.exitCode == 0 && last == "imported") {
    v.import = FileValidation::Import::Imported;
    v.importDetail = last;
  } else if (constexpr std::string_view kLoaded = "imported; torch loaded"; run.exitCode == 0 && last.starts_with(kLoaded)) {
    v.import = FileValidation::Import::LoadedTorch;
    v.importDetail = "importing it loads torch";
    // "imported; torch loaded by pkg.module": the module whose import statement brought torch in.
    if (const std::string by = last.substr(kLoaded.size()); !by.empty()) v.importDetail += " (" + by.substr(1) + ")";
  } else {
    v.import = FileValidation::Import::Failed;
    v.importDetail = last.empty() ? fmt::format("{} exited {}", python, run.exitCode) : last;
  }
}

void checkImports(const std::vector<FileValidation*>& validations, const std::string& python, unsigned jobs) {
  if (python.empty()) return;
  runParallel(jobs, validations.size(), [&](std::size_t, std::size_t i) {
    FileValidation& v = *validations[i];
    if (v.readable && v.syntaxErrors == 0) checkImport(v, python, v.path);
  });
}

std::string validationVerdict(const FileValidation& v) {
  if (!v.readable) return "NOT VALID: could not be read";
  std::vector<std::string> failed;
  if (v.syntaxErrors) failed.push_back(plural(v.syntaxErrors, "syntax error"));
  for (const auto& [package, left] : v.packageUsesLeft) {
    if (left) failed.push_back(plural(static_cast<std::size_t>(left), package + " reference") + " left");
  }
  for (const auto& [part, count] : v.verdictFindings) {
    if (count) failed.push_back(plural(count, part.noun));
  }
  if (v.pendingFixes) failed.push_back(plural(v.pendingFixes, "fix", "es") + " still to apply");
  if (v.import == FileValidation::Import::Failed || v.import == FileValidation::Import::LoadedTorch) {
    failed.push_back(displayText(v.importDetail));
  }
  const std::string imports = v.import == FileValidation::Import::NotChecked ? "imports not checked (no --python)"
                              : v.import == FileValidation::Import::Imported ? "imports without torch"
                                                                             : "";
  if (failed.empty()) {
    std::string checked = "parses";
    for (const auto& [package, left] : v.packageUsesLeft) checked += ", no " + package + " left";
    for (const auto& [part, count] : v.verdictFindings) checked += ", " + part.passed;
    return "valid (" + checked + ", nothing to fix, " + imports + ")";
  }
  std::string verdict = "NOT VALID: ";
  for (std::size_t i = 0; i < failed.size(); ++i) verdict += (i ? "; " : "") + failed[i];
  return imports.empty() ? verdict : verdict + "; " + imports;
}

std::string validationLine(const FileValidation& v) {
  if (!v.readable) return fmt::format("{}: NOT VALID: could not be read", displayPath(v.path));
  return displayPath(v.path) + ": " + validationVerdict(v);
}

std::string validationJson(const std::vector<FileValidation>& validations, const std::string& findingsJson) {
  nlohmann::json files = nlohmann::json::array();
  for (const auto& v : validations) {
    nlohmann::json file = {{"file", v.path},
                           {"valid", v.valid()},
                           {"readable", v.readable},
                           {"syntaxErrors", v.syntaxErrors},
                           {"pendingFixes", v.pendingFixes},
                           {"import", importName(v.import)},
                           {"importDetail", v.importDetail}};
    for (const auto& [package, left] : v.packageUsesLeft) file[package + "Left"] = left;
    for (const auto& [part, count] : v.verdictFindings) file[part.jsonKey] = count;
    files.push_back(std::move(file));
  }
  nlohmann::json document = {{"files", files}, {"findings", nlohmann::json::parse(findingsJson)}};
  // A file name may hold bytes that are not UTF-8: replaced (U+FFFD), never a throw.
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace pyconv
