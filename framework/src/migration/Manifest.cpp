#include "migration/Manifest.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "io/FileIO.hpp"
#include "migration/ManifestJournal.hpp"

namespace pyconv {

namespace {

Manifest loadSaved(const std::filesystem::path& destinationRoot) {
  Manifest manifest;
  const auto path = destinationRoot / Manifest::kFileName;
  if (!std::filesystem::exists(path)) return manifest;
  // A FIFO or device there would block the read forever.
  if (!std::filesystem::is_regular_file(path)) throw std::runtime_error(fmt::format("{}: not a regular file", path.string()));
  std::string error;
  const auto text = readFile(path, error);
  if (!text) throw std::runtime_error(fmt::format("{}: cannot read: {}", path.string(), error));
  try {
    const auto json = nlohmann::json::parse(*text);
    if (json.at("version").get<int>() != 1) throw std::runtime_error("unknown version");
    for (const auto& [relative, hash] : json.at("files").items()) manifest.recordHash(relative, hash.get<std::string>());
  } catch (const std::exception& e) {
    throw std::runtime_error(fmt::format("{}: corrupt manifest ({}); move it away to start over", path.string(), e.what()));
  }
  return manifest;
}

}  // namespace

Manifest Manifest::load(const std::filesystem::path& destinationRoot) {
  Manifest manifest = loadSaved(destinationRoot);
  ManifestJournal::replay(destinationRoot, [&](const std::string& relative, const std::optional<std::string>& hash) {
    if (hash) {
      manifest.recordHash(relative, *hash);
    } else {
      manifest.forget(relative);
    }
  });
  return manifest;
}

bool Manifest::save(const std::filesystem::path& destinationRoot, std::string& error) const {
  std::string text;
  try {
    text = nlohmann::json({{"version", 1}, {"files", entries_}}).dump(2) + "\n";
  } catch (const nlohmann::json::exception& e) {  // tree mode records only UTF-8 names; never half a manifest
    error = e.what();
    return false;
  }
  return writeFileAtomically(destinationRoot / kFileName, text, error);
}

std::optional<std::string> Manifest::hashOf(const std::string& relative) const {
  const auto it = entries_.find(relative);
  return it == entries_.end() ? std::nullopt : std::optional<std::string>(it->second);
}

}  // namespace pyconv
