#pragma once
#include <filesystem>
#include <string_view>
#include <vector>

namespace pyconv {

// Throws UsageError when `output` (the file an option such as --export-fixes writes) is one of
// `inputs`, by identity when both exist (hard links, symlinks, `./m.py`), else by absolute path:
// writing there would replace a source file the run reads.
void refuseOutputOverInput(std::string_view option, const std::filesystem::path& output,
                           const std::vector<std::filesystem::path>& inputs);

}  // namespace pyconv
