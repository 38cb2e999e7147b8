#pragma once
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
  explicit OptionStore(std::map<std::string, std::string> values) : values_(std::move(values)) {}

  // The value of `key`, or `fallback`; records the key as read.
  std::string get(const std::string& key, std::string_view fallback) const;
  const std::map<std::string, std::string>& values() const { return values_; }
  const std::set<std::string>& readKeys() const { return read_; }

 private:
  std::map<std::string, std::string> values_;
  mutable std::set<std::string> read_;
};

}  // namespace pyconv
