#include "engine/ExportFixes.hpp"

#include <yaml-cpp/yaml.h>

#include "engine/UnifiedDiff.hpp"

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

std::string exportFixesYaml(const std::vector<ExportedFile>& files) {
  YAML::Emitter out;
  out << YAML::BeginDoc << YAML::BeginMap;
  out << YAML::Key << "MainSourceFile" << YAML::Value << YAML::SingleQuoted << "";
  out << YAML::Key << "Diagnostics" << YAML::Value << YAML::BeginSeq;
  for (const auto& file : files) {
    const auto replacements = netReplacements(file.originalText, file.finalText);
    std::vector<bool> placed(replacements.size(), false);
    for (std::size_t di = 0; di < file.diagnostics.size(); ++di) {
      const Diagnostic& d = file.diagnostics[di];
      std::vector<const Edit*> mine;
      for (std::size_t i = 0; i < replacements.size(); ++i) {
        const bool orphanToFirst = di == 0 && std::none_of(file.diagnostics.begin(), file.diagnostics.end(),
                                                           [&](const Diagnostic& x) { return touches(x, replacements[i]); });
        if (!placed[i] && (touches(d, replacements[i]) || orphanToFirst)) {
          placed[i] = true;
          mine.push_back(&replacements[i]);
        }
      }
      out << YAML::BeginMap;
      out << YAML::Key << "DiagnosticName" << YAML::Value << d.check;
      out << YAML::Key << "DiagnosticMessage" << YAML::Value << YAML::BeginMap;
      out << YAML::Key << "Message" << YAML::Value << YAML::DoubleQuoted << d.message;
      out << YAML::Key << "FilePath" << YAML::Value << file.path;
      out << YAML::Key << "FileOffset" << YAML::Value << d.begin + file.byteOrderMarkLength;
      out << YAML::Key << "Replacements" << YAML::Value << YAML::BeginSeq;
      for (const Edit* edit : mine) emitReplacement(out, file.path, *edit, file.byteOrderMarkLength);
      out << YAML::EndSeq << YAML::EndMap;
      out << YAML::Key << "Level" << YAML::Value << (d.severity == Severity::Error ? "Error" : "Warning");
      out << YAML::EndMap;
    }
  }
  out << YAML::EndSeq << YAML::EndMap << YAML::EndDoc;
  return std::string(out.c_str()) + "\n";
}

}  // namespace pyconv
