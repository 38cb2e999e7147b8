#include "pyconv/Options.hpp"

namespace pyconv {

std::string OptionStore::get(const std::string& key, std::string_view fallback) const {
  read_.insert(key);
  const auto it = values_.find(key);
  return it == values_.end() ? std::string(fallback) : it->second;
}

}  // namespace pyconv
