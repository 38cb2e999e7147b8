#pragma once
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "pyconv/Export.hpp"

namespace pyconv {

// The manifest's write-ahead memory: one line per destination file written (or forgotten),
// appended and flushed to disk as it happens, next to the manifest. The manifest itself is only
// saved when a run ends; a run that is killed, or whose manifest cannot be saved, leaves the
// journal behind and the next Manifest::load replays it, so a file the tool wrote is never
// mistaken for a hand edit. A record lost to a crash (or a torn last line) only makes its file
// look edited by hand, which is the safe direction: it is continued, never overwritten.
class PYCONV_API ManifestJournal {
 public:
  static constexpr const char* kFileName = ".pyconv-tidy-manifest.journal";

  explicit ManifestJournal(std::filesystem::path destinationRoot);
  ~ManifestJournal();
  ManifestJournal(const ManifestJournal&) = delete;
  ManifestJournal& operator=(const ManifestJournal&) = delete;

  // Appends "relative now holds bytes hashing to `hash`" (nullopt: forget relative). Safe to call
  // from several threads; false with a one-line `error` when the line could not be made durable.
  bool append(const std::string& relative, const std::optional<std::string>& hash, std::string& error);
  // Removes the journal once the saved manifest holds everything in it.
  void discard();

  // Calls `apply` for each complete record of a journal left in `destinationRoot`, in order.
  static void replay(const std::filesystem::path& destinationRoot,
                     const std::function<void(const std::string&, const std::optional<std::string>&)>& apply);

 private:
  bool open(std::string& error);

  std::filesystem::path path_;
  std::mutex mutex_;
  int fd_ = -1;
};

}  // namespace pyconv
