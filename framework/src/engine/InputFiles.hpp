#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

struct InputFile {
  std::filesystem::path path;
  bool named = false;  // given on the command line (Exclude applies only to files found in folders)
};

struct InputFiles {
  std::vector<InputFile> files;  // in a deterministic order
  std::vector<std::string> errors;           // one line each: inputs that could not be used
};

// The regular files under `root`, sorted, skipping hidden folders (.git, .venv) and
// __pycache__; a walk error is returned in `error`. With `links`, symbolic links are not
// followed but listed there (sorted), except links to folders that would be skipped anyway.
PYCONV_API std::vector<std::filesystem::path> filesUnder(const std::filesystem::path& root, std::error_code& error,
                                                         std::vector<std::filesystem::path>* links = nullptr);

// Expands files and directories (recursively: `*.py`, skipping hidden folders) into files.
PYCONV_API InputFiles collectInputFiles(const std::vector<std::string>& inputs);

}  // namespace pyconv
