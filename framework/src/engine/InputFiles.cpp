#include "engine/InputFiles.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace pyconv {

std::vector<std::filesystem::path> filesUnder(const std::filesystem::path& root, std::error_code& error,
                                              std::vector<std::filesystem::path>* links) {
  namespace fs = std::filesystem;
  std::vector<fs::path> found;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error), end;
  for (; !error && it != end; it.increment(error)) {
    const auto name = it->path().filename().string();
    // Hidden folders and caches are never inputs.
    const bool skippedFolder = name.starts_with(".") || name == "__pycache__";
    if (links && it->is_symlink(error)) {
      std::error_code ignored;  // a dangling link is still a link to name
      if (!(skippedFolder && it->is_directory(ignored))) links->push_back(it->path());
      continue;
    }
    if (it->is_directory(error)) {
      if (skippedFolder) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error)) found.push_back(it->path());
  }
  std::sort(found.begin(), found.end());
  if (links) std::sort(links->begin(), links->end());
  return found;
}

InputFiles collectInputFiles(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  InputFiles result;
  for (const auto& input : inputs) {
    std::error_code error;
    const fs::path path(input);
    const auto status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      result.errors.push_back(fmt::format("{}: no such file or directory", input));
      continue;
    }
    if (!fs::is_directory(status)) {
      result.files.push_back({path, true});
      continue;
    }
    for (auto& file : filesUnder(path, error)) {
      if (file.extension() == ".py") result.files.push_back({std::move(file), false});
    }
    if (error) result.errors.push_back(fmt::format("{}: {}", input, error.message()));
  }
  return result;
}

}  // namespace pyconv
