#include "engine/DumpDocs.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "engine/Driver.hpp"
#include "engine/Explain.hpp"
#include "io/Display.hpp"
#include "io/FileIO.hpp"
#include "plugin/PluginSet.hpp"

namespace pyconv {

std::string_view embeddedAgentsTemplate();  // framework/agents/AGENTS.template.md, compiled in

namespace {

constexpr std::string_view kChecksMarker = "{{CHECKS}}";
constexpr std::string_view kClaude =
    "# CLAUDE.md\n\nThe rules for coding agents that finish a pyconv-tidy conversion are in `AGENTS.md` beside "
    "this file: the same rules for every agent.\n";

// The first fenced Python block of a Markdown text (fences included), or nothing.
std::optional<std::string> firstExample(const std::string& doc) {
  const std::size_t open = doc.find("\n```python\n");
  if (open == std::string::npos) return std::nullopt;
  const std::size_t close = doc.find("\n```", doc.find('\n', open + 1));
  if (close == std::string::npos) return std::nullopt;
  return doc.substr(open + 1, close + 4 - (open + 1));
}

std::string checksSection(const PluginSet& plugins) {
  std::map<std::string, std::vector<const CheckFactories::Entry*>> byFamily;
  for (const auto& entry : plugins.checks()) byFamily[plugins.pluginName(entry.pluginPath)].push_back(&entry);
  std::string text;
  for (const auto& [family, entries] : byFamily) {
    text += fmt::format("### {}\n\n", family);
    for (const auto* entry : entries) text += fmt::format("- `{}`: {}\n", entry->spec.name, entry->spec.summary);
    for (const auto* entry : entries) {
      text += fmt::format("\n#### `{}`\n\n{}\n", entry->spec.name, entry->spec.summary);
      const auto doc = checkDocumentation(entry->spec.name, entry->pluginPath);
      if (const auto example = doc ? firstExample(*doc) : std::nullopt) text += "\n" + *example + "\n";
      text += fmt::format("\nMore: `pyconv-tidy --explain {}` (`checks/{}.md` beside this file).\n", entry->spec.name, entry->spec.name);
    }
    text += "\n";
  }
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

bool write(const std::filesystem::path& path, std::string_view text, std::ostream& err) {
  std::string error;
  if (writeFileAtomically(path, text, error)) return true;
  err << fmt::format("pyconv-tidy: error: --dump-docs: {}: {}\n", displayPath(path.string()), error);
  return false;
}

}  // namespace

int dumpDocs(const PluginSet& plugins, const std::string& dir, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(fs::path(dir) / "checks", ec);
  if (ec) {
    err << fmt::format("pyconv-tidy: error: --dump-docs: {}: {}\n", displayPath(dir), ec.message());
    return kExitError;
  }
  std::string agents(embeddedAgentsTemplate());
  agents.replace(agents.find(kChecksMarker), kChecksMarker.size(), checksSection(plugins));
  bool ok = write(fs::path(dir) / "AGENTS.md", agents, err) && write(fs::path(dir) / "CLAUDE.md", kClaude, err);
  std::size_t documented = 0;
  for (const auto& entry : plugins.checks()) {
    const auto doc = checkDocumentation(entry.spec.name, entry.pluginPath);
    const std::string text = doc ? *doc : fmt::format("# {}\n\n{}\n", entry.spec.name, entry.spec.summary);
    ok = write(fs::path(dir) / "checks" / (entry.spec.name + ".md"), text, err) && ok;
    documented += doc ? 1 : 0;
  }
  out << fmt::format("pyconv-tidy: wrote AGENTS.md, CLAUDE.md and {} check documents ({} from their docs) to {}\n",
                     plugins.checks().size(), documented, displayPath(dir));
  return ok ? kExitClean : kExitError;
}

}  // namespace pyconv
