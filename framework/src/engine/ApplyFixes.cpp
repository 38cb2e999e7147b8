#include "engine/ApplyFixes.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "engine/Driver.hpp"
#include "engine/ExportFixes.hpp"
#include "fix/FixSelection.hpp"
#include "io/ContentHash.hpp"
#include "io/Display.hpp"
#include "io/FileIO.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

struct Replacement {
  std::size_t offset = 0, length = 0;
  std::string text;
  auto key() const { return std::tie(offset, length, text); }
  bool operator<(const Replacement& other) const { return key() < other.key(); }
};

struct FileFixes {
  std::set<Replacement> replacements;
  std::optional<std::string> originalHash;
};

// A relative FilePath is relative to the diagnostic's BuildDirectory, as clang tools read it.
std::string resolved(const std::string& path, const YAML::Node& diagnostic) {
  if (path.empty() || fs::path(path).is_absolute()) return path;
  const YAML::Node build = diagnostic["BuildDirectory"];
  return ((build ? fs::path(build.as<std::string>()) : fs::current_path()) / path).lexically_normal().string();
}

std::map<std::string, FileFixes> readDocument(const std::string& documentPath) {
  const YAML::Node document = YAML::LoadFile(documentPath);
  const YAML::Node diagnostics = document["Diagnostics"];
  if (!diagnostics || !diagnostics.IsSequence()) throw std::runtime_error("no Diagnostics list (not an --export-fixes document)");
  std::map<std::string, FileFixes> files;
  for (const YAML::Node& diagnostic : diagnostics) {
    const YAML::Node message = diagnostic["DiagnosticMessage"];
    for (const YAML::Node& r : message ? message["Replacements"] : YAML::Node()) {
      const std::string path = resolved(r["FilePath"].as<std::string>(), diagnostic);
      files[path].replacements.insert({r["Offset"].as<std::size_t>(), r["Length"].as<std::size_t>(),
                                       r["ReplacementText"].as<std::string>("")});
    }
    for (const YAML::Node& note : diagnostic["Notes"] ? diagnostic["Notes"] : YAML::Node()) {
      const std::string text = note["Message"].as<std::string>("");
      if (text.starts_with(kOriginalHashNote)) {
        files[resolved(note["FilePath"].as<std::string>(), diagnostic)].originalHash = text.substr(kOriginalHashNote.size());
      }
    }
  }
  return files;
}

// The file with its replacements applied, or nullopt and why not.
std::optional<std::string> applied(const std::string& bytes, const FileFixes& fixes, Parser& parser, std::string& why) {
  if (fixes.originalHash && contentHash(bytes) != *fixes.originalHash) {
    why = "changed since the fixes were exported";
    return std::nullopt;
  }
  std::vector<Edit> edits;
  for (const Replacement& r : fixes.replacements) {
    if (!edits.empty() && r.offset < edits.back().end) why = fmt::format("replacements overlap at byte {}", r.offset);
    if (r.offset + r.length > bytes.size()) why = fmt::format("a replacement at byte {} lies outside the file", r.offset);
    if (!why.empty()) return std::nullopt;
    edits.push_back(Edit{static_cast<uint32_t>(r.offset), static_cast<uint32_t>(r.offset + r.length), r.text});
  }
  std::string out = applyEdits(bytes, edits);
  if (parser.parse(out)->errorCount() > parser.parse(bytes)->errorCount()) {
    why = "the result would not parse";
    return std::nullopt;
  }
  return out;
}

}  // namespace

int applyExportedFixes(const std::string& documentPath, std::ostream& err) {
  std::map<std::string, FileFixes> files;
  try {
    files = readDocument(documentPath);
  } catch (const std::exception& e) {  // YAML::Exception and the checks above
    err << fmt::format("pyconv-tidy: error: --apply-fixes {}: {}\n", displayPath(documentPath), displayText(e.what()));
    return kExitError;
  }
  Parser parser;
  std::size_t appliedFiles = 0, appliedReplacements = 0, refused = 0;
  for (const auto& [path, fixes] : files) {
    std::string error;
    const auto bytes = readRegularFile(path, kMaxFileBytes, error);
    if (!bytes) {
      err << fmt::format("pyconv-tidy: error: {}: cannot read: {}\n", displayPath(path), error);
      ++refused;
      continue;
    }
    std::string why;
    const auto result = applied(*bytes, fixes, parser, why);
    if (!result) {
      err << fmt::format("pyconv-tidy: error: {}: not changed: {}\n", displayPath(path), why);
      ++refused;
    } else if (*result != *bytes && !writeFileAtomically(path, *result, error)) {
      err << fmt::format("pyconv-tidy: error: {}: not written: {}\n", displayPath(path), error);
      ++refused;
    } else {
      ++appliedFiles;
      appliedReplacements += fixes.replacements.size();
    }
  }
  err << fmt::format("pyconv-tidy: applied {} replacement{} to {} file{}{}\n", appliedReplacements,
                     appliedReplacements == 1 ? "" : "s", appliedFiles, appliedFiles == 1 ? "" : "s",
                     refused ? fmt::format("; {} refused", refused) : "");
  return refused ? kExitError : kExitClean;
}

}  // namespace pyconv
