#include "ApiUnknownNameCheck.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <unordered_map>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "TorchReferences.hpp"

namespace pyconv::api_mapping {
std::string_view embeddedMindSporeNames();

namespace {

struct NameCatalog {
  std::string version;
  std::unordered_map<std::string_view, std::string_view> kinds;  // name -> module/namespace/class/...
};

// Parsed once from the embedded TSV; the views point into its static text.
const NameCatalog& catalog() {
  static const NameCatalog parsed = [] {
    NameCatalog c;
    const std::string_view text = embeddedMindSporeNames();
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view line = text.substr(at, end - at);
      at = end + 1;
      if (line.starts_with("# MindSpore ")) {
        const std::string_view rest = line.substr(12);
        c.version = std::string(rest.substr(0, rest.find(' ')));
      }
      const auto tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
      c.kinds.emplace(line.substr(0, tab), line.substr(tab + 1));
    }
    return c;
  }();
  return parsed;
}

// True when `name` is missing from a namespace the catalog lists completely. Below a class, a
// function or a module the catalog does not walk, nothing can be said, so it is not reported.
bool missingFromNamespace(std::string_view name) {
  const auto& kinds = catalog().kinds;
  if (kinds.count(name)) return false;
  for (auto dot = name.rfind('.'); dot != std::string_view::npos; dot = name.rfind('.', dot - 1)) {
    const auto prefix = kinds.find(name.substr(0, dot));
    if (prefix != kinds.end()) return prefix->second == "namespace";
    if (dot == 0) break;
  }
  return false;
}

}  // namespace

CheckSpec ApiUnknownNameCheck::spec() {
  return {.name = "api-unknown-name",
          .summary = "MindSpore names the target version does not have (report only; catalog from the pinned wheel)",
          .phase = CheckPhase::Rewrite,
          .verdict = VerdictPart{.noun = "unknown MindSpore name",
                                 .passed = "known MindSpore names",
                                 .jsonKey = "unknownMindSporeNames"}};
}

void ApiUnknownNameCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"q(((identifier) @head (#pyconv-qualname-match? @head "^mindspore(\\.|$)")))q", "mindspore");
  finder.addQuery(*this,
                  "(import_from_statement module_name: (dotted_name) @module"
                  " name: [(dotted_name) @imported (aliased_import name: (dotted_name) @imported)])",
                  "mindspore");
}

void ApiUnknownNameCheck::check(const MatchResult& result) {
  std::string name;
  Node where;
  if (const Node module = result.node("module")) {
    if (!(module.text() == "mindspore" || module.text().starts_with("mindspore."))) return;
    where = result.node("imported");
    name = fmt::format("{}.{}", module.text(), where.text());
  } else if (const auto use = packageUse(result.node("head"), result.file.semantic(), "mindspore")) {
    where = use->chain;
    name = use->qualified;
  } else {
    return;
  }
  if (!missingFromNamespace(name)) return;
  report(result.file, where, fmt::format("'{}' does not exist in MindSpore {}", name, catalog().version));
}

}  // namespace pyconv::api_mapping
