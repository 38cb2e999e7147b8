#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "io/ContentHash.hpp"
#include "pyconv/Export.hpp"

namespace pyconv {

// The tree mode's memory (docs/design/architecture.md): destination-relative path -> hash of the
// bytes the tool last wrote there. A destination file whose bytes still hash to its entry was
// not touched since, and may be regenerated; any other file is a person's and is never replaced.
class PYCONV_API Manifest {
 public:
  static constexpr const char* kFileName = ".pyconv-tidy-manifest.json";

  // Reads OUT/.pyconv-tidy-manifest.json, then replays the journal an unfinished run left
  // (ManifestJournal); a missing file is an empty manifest, a corrupt one an error
  // (std::runtime_error, one line) since guessing could overwrite hand edits.
  static Manifest load(const std::filesystem::path& destinationRoot);
  // Writes it atomically; on failure returns false with a reason.
  bool save(const std::filesystem::path& destinationRoot, std::string& error) const;

  std::optional<std::string> hashOf(const std::string& relative) const;
  void record(const std::string& relative, std::string_view bytes) { recordHash(relative, contentHash(bytes)); }
  void recordHash(const std::string& relative, const std::string& hash) { entries_[relative] = hash; }
  void forget(const std::string& relative) { entries_.erase(relative); }


 private:
  std::map<std::string, std::string> entries_;
};

}  // namespace pyconv
