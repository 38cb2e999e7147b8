#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

// The options of one configuration: `CheckOptions` keys (`<check>.<Name>`) and the global keys
// checks may read (`Target`, `TargetVersion`, `PackageAnchor`). Which keys a check may have is its
// declaration's business (CheckSpec), not this store's.
class PYCONV_API OptionStore {
 public:
  OptionStore() = default;
  // `folders`: for each key, the folder of the configuration file that set it.
  explicit OptionStore(std::map<std::string, std::string> values,
                       std::map<std::string, std::filesystem::path> folders = {})
      : values_(std::move(values)), folders_(std::move(folders)) {}

  // The value of `key`, or `fallback`.
  std::string get(const std::string& key, std::string_view fallback) const;
  const std::map<std::string, std::string>& values() const { return values_; }
  // The folder a relative path in the value of `key` is relative to: that of the configuration
  // file that set it (the current folder for --config on the command line).
  std::filesystem::path folderOf(const std::string& key) const;

 private:
  std::map<std::string, std::string> values_;
  std::map<std::string, std::filesystem::path> folders_;
};

}  // namespace pyconv
