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

// Expands files and directories (recursively: `*.py`, skipping hidden folders) into files.
PYCONV_API InputFiles collectInputFiles(const std::vector<std::string>& inputs);

}  // namespace pyconv
