#include "engine/SarifReport.hpp"

#include <cctype>

#include <nlohmann/json.hpp>

#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

// A URI reference for a path as shown: relative paths stay relative (to the working directory,
// SARIF's %SRCROOT% by convention), absolute ones become file:// URIs; every byte outside the
// unreserved set and '/' is percent-encoded.
std::string uriOf(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

nlohmann::json regionOf(const LineIndex& lines, uint32_t begin, uint32_t end) {
  const Position start = lines.position(begin), stop = lines.position(end);
  return {{"startLine", start.line}, {"startColumn", start.column}, {"endLine", stop.line}, {"endColumn", stop.column},
          {"byteOffset", begin}, {"byteLength", end - begin}};
}

// A fix whose needs add imports or helpers is more than its edits: SARIF gets it only when the
// edits are the whole change.
nlohmann::json fixOf(const Fix& fix, const std::string& uri) {
  nlohmann::json replacements = nlohmann::json::array();
  for (const Edit& e : fix.edits) {
    replacements.push_back({{"deletedRegion", {{"byteOffset", e.begin}, {"byteLength", e.end - e.begin}}},
                            {"insertedContent", {{"text", e.replacement}}}});
  }
  return {{"description", {{"text", fix.title}}},
          {"artifactChanges", {{{"artifactLocation", {{"uri", uri}}}, {"replacements", replacements}}}}};
}

nlohmann::json ruleOf(const std::string& check, const SarifRule& rule) {
  nlohmann::json json = {{"id", check}, {"shortDescription", {{"text", rule.description}}}};
  if (rule.documentation) json["help"] = {{"text", *rule.documentation}, {"markdown", *rule.documentation}};
  return json;
}

}  // namespace

std::string sarifLog(const std::vector<FileReport>& reports, const SarifRun& run) {
  nlohmann::json rules = nlohmann::json::array(), results = nlohmann::json::array(),
                 notifications = nlohmann::json::array();
  std::map<std::string, std::size_t> ruleIndex;
  std::size_t errors = 0;
  for (const FileReport& report : reports) {
    for (const auto& error : report.errors) {
      notifications.push_back({{"level", "error"}, {"message", {{"text", error}}}});
      ++errors;
    }
    for (const auto& note : report.notes) notifications.push_back({{"level", "note"}, {"message", {{"text", note}}}});
    if (report.diagnostics.empty() && report.suppressed.empty()) continue;
    const LineIndex lines(report.text);
    const std::string uri = uriOf(report.path);
    auto resultOf = [&](const Diagnostic& d) {
      auto [it, added] = ruleIndex.emplace(d.check, rules.size());
      if (added) rules.push_back(ruleOf(d.check, run.rule(d.check)));
      nlohmann::json result = {
          {"ruleId", d.check},
          {"ruleIndex", it->second},
          {"level", std::string(toString(d.severity))},
          {"message", {{"text", d.message}}},
          {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}},
                                               {"region", regionOf(lines, d.begin, d.end)}}}}}},
      };
      if (d.fix) {
        result["properties"] = {{"fixApplicability", std::string(toString(d.fix->applicability))}};
        if (d.fix->needs.empty()) {
          result["fixes"] = {fixOf(*d.fix, uri)};
        } else {
          result["properties"]["fixAddsImportsOrHelpers"] = true;  // apply it with the tool
        }
      }
      return result;
    };
    for (const Diagnostic& d : report.diagnostics) results.push_back(resultOf(d));
    // A NOLINT directive is a suppression in the source: the result stays, marked, with the comment.
    for (const SuppressedDiagnostic& s : report.suppressed) {
      nlohmann::json result = resultOf(s.diagnostic);
      result["suppressions"] = {{{"kind", "inSource"}, {"justification", s.directive}}};
      results.push_back(std::move(result));
    }
  }
  nlohmann::json log = {
      {"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       {{{"tool", {{"driver", {{"name", "pyconv-tidy"}, {"version", PYCONV_TOOL_VERSION}, {"rules", rules}}}}},
         {"columnKind", "unicodeCodePoints"},
         {"invocations", {{{"executionSuccessful", errors == 0}, {"toolExecutionNotifications", notifications}}}},
         {"results", results},
         {"properties", {{"initialMetrics", run.initialMetrics}, {"finalMetrics", run.finalMetrics}}}}}},
  };
  return log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace pyconv
