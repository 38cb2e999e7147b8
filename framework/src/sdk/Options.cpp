#include "pyconv/Options.hpp"

namespace pyconv {

std::string OptionStore::get(const std::string& key, std::string_view fallback) const {
  const auto it = values_.find(key);
  return it == values_.end() ? std::string(fallback) : it->second;
}

std::filesystem::path OptionStore::folderOf(const std::string& key) const {
  const auto it = folders_.find(key);
  return it == folders_.end() ? std::filesystem::current_path() : it->second;
}

}  // namespace pyconv
