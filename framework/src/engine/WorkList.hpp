#pragma once
#include <string>
#include <vector>

#include "engine/FileReport.hpp"

namespace pyconv {

// --output-format=worklist: what is left for a person or a coding agent, one JSON object per line
// (file, line, column, end, check, the construct's source text, the message, how to finish it, and
// where the check's documentation is), ordered by file, then position, so the work goes file by
// file. Every finding is listed: one with a fix says which flag applies it.
std::string workList(const std::vector<FileReport>& reports);

}  // namespace pyconv
