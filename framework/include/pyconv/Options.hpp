#pragma once
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

// The options of one configuration: `CheckOptions` keys (`<check>.<Name>`) and the global keys
// checks may read (`Target`, `TargetVersion`, `PackageAnchor`). Remembers which keys were read, so
// `--verify-config` can name options no check knows.
class PYCONV_API OptionStore {
 public:
  OptionStore() = default;
  // `folders`: for each key, the folder of the configuration file that set it.
  explicit OptionStore(std::map<std::string, std::string> values,
                       std::map<std::string, std::filesystem::path> folders = {})
      : values_(std::move(values)), folders_(std::move(folders)) {}

  // The value of `key`, or `fallback`; records the key as read.
  std::string get(const std::string& key, std::string_view fallback) const;
  const std::map<std::string, std::string>& values() const { return values_; }
  const std::set<std::string>& readKeys() const { return read_; }
  // The folder a relative path in the value of `key` is relative to: that of the configuration
  // file that set it (the current folder for --config on the command line).
  std::filesystem::path folderOf(const std::string& key) const;

 private:
  std::map<std::string, std::string> values_;
  std::map<std::string, std::filesystem::path> folders_;
  mutable std::set<std::string> read_;
};

}  // namespace pyconv
