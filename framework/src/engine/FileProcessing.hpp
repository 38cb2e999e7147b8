#pragma once
#include <filesystem>
#include <optional>

#include "engine/Driver.hpp"
#include "engine/FileReport.hpp"
#include "engine/Runners.hpp"

namespace pyconv {

// Reads `path` as Python source; on failure records a one-line error in `report`.
std::optional<SourceFile> readSource(const std::filesystem::path& path, FileReport& report);

// Fills `report` from a runner's outcome for `source` (findings, export, unsafe-fix notes).
void describeOutcome(const SourceFile& source, const FileOutcome& outcome, const DriverOptions& options,
                     FileReport& report);

// One file of the in-place modes: report, --fix (atomic write) or --diff.
FileReport processInPlace(CheckRunner& runner, const RunSettings& settings, const std::filesystem::path& path,
                          const DriverOptions& options);

}  // namespace pyconv
