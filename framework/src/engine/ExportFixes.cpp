#include "engine/ExportFixes.hpp"

#include <yaml-cpp/yaml.h>

#include "io/UnifiedDiff.hpp"

#include <algorithm>

namespace pyconv {
namespace {

void emitReplacement(YAML::Emitter& out, const std::string& path, const Edit& edit, unsigned shift) {
  out << YAML::BeginMap;
  out << YAML::Key << "FilePath" << YAML::Value << path;
  out << YAML::Key << "Offset" << YAML::Value << edit.begin + shift;
  out << YAML::Key << "Length" << YAML::Value << edit.end - edit.begin;
  out << YAML::Key << "ReplacementText" << YAML::Value << YAML::DoubleQuoted << edit.replacement;
  out << YAML::EndMap;
}

bool touches(const Diagnostic& d, const Edit& e) { return e.begin <= d.end && d.begin <= e.end; }

}  // namespace

std::string exportFixesYaml(const std::vector<ExportedFile>& files, const std::string& buildDirectory) {
  YAML::Emitter out;
  out << YAML::BeginDoc << YAML::BeginMap;
  out << YAML::Key << "MainSourceFile" << YAML::Value << YAML::SingleQuoted << "";
  out << YAML::Key << "Diagnostics" << YAML::Value << YAML::BeginSeq;
  for (const auto& file : files) {
    const auto replacements = netReplacements(file.originalText, file.finalText);
    // A replacement no finding overlaps is what some fix needed (an import, a helper): it goes
    // to the first finding whose fix has needs, else to the first finding.
    const auto needing = std::find_if(file.diagnostics.begin(), file.diagnostics.end(),
                                      [](const Diagnostic& d) { return d.fix && !d.fix->needs.empty(); });
    const std::size_t orphanOwner = needing == file.diagnostics.end() ? 0 : static_cast<std::size_t>(needing - file.diagnostics.begin());
    std::vector<bool> placed(replacements.size(), false);
    std::vector<std::vector<const Edit*>> owned(file.diagnostics.size());
    for (std::size_t i = 0; i < replacements.size(); ++i) {
      for (std::size_t di = 0; di < file.diagnostics.size() && !placed[i]; ++di) {
        if (touches(file.diagnostics[di], replacements[i])) owned[di].push_back(&replacements[i]), placed[i] = true;
      }
      if (!placed[i] && !owned.empty()) owned[orphanOwner].push_back(&replacements[i]);
    }
    for (std::size_t di = 0; di < file.diagnostics.size(); ++di) {
      const Diagnostic& d = file.diagnostics[di];
      out << YAML::BeginMap;
      out << YAML::Key << "DiagnosticName" << YAML::Value << d.check;
      out << YAML::Key << "DiagnosticMessage" << YAML::Value << YAML::BeginMap;
      out << YAML::Key << "Message" << YAML::Value << YAML::DoubleQuoted << d.message;
      out << YAML::Key << "FilePath" << YAML::Value << file.path;
      out << YAML::Key << "FileOffset" << YAML::Value << d.begin + file.byteOrderMarkLength;
      out << YAML::Key << "Replacements" << YAML::Value << YAML::BeginSeq;
      for (const Edit* edit : owned[di]) emitReplacement(out, file.path, *edit, file.byteOrderMarkLength);
      out << YAML::EndSeq << YAML::EndMap;
      if (di == 0) {
        out << YAML::Key << "Notes" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "Message" << YAML::Value << YAML::DoubleQuoted << std::string(kOriginalHashNote) + file.originalHash;
        out << YAML::Key << "FilePath" << YAML::Value << file.path;
        out << YAML::Key << "FileOffset" << YAML::Value << 0;
        out << YAML::Key << "Replacements" << YAML::Value << YAML::BeginSeq << YAML::EndSeq;
        out << YAML::EndMap << YAML::EndSeq;
      }
      out << YAML::Key << "Level" << YAML::Value << (d.severity == Severity::Error ? "Error" : "Warning");
      out << YAML::Key << "BuildDirectory" << YAML::Value << buildDirectory;
      out << YAML::EndMap;
    }
  }
  out << YAML::EndSeq << YAML::EndMap << YAML::EndDoc;
  return std::string(out.c_str()) + "\n";
}

}  // namespace pyconv
