#pragma once
#include <string>
#include <vector>

#include "engine/FileReport.hpp"

namespace pyconv {

// --output-format=json: one record per diagnostic (check, severity, message, file, start and end
// line:column, byte range, and the fix with its applicability, title and edits), in one array.
std::string jsonReport(const std::vector<FileReport>& reports);
// --output-format=json-lines: the same records, one JSON object per line.
std::string jsonLinesReport(const std::vector<FileReport>& reports);

}  // namespace pyconv
