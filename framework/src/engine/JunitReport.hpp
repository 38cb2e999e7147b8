#pragma once
#include <string>
#include <vector>

#include "engine/FileReport.hpp"

namespace pyconv {

// --output-format=junit: a JUnit XML report, one test case per file checked, failing with its
// findings (one line each) or erring with its errors, for CI systems that show test reports.
std::string junitReport(const std::vector<FileReport>& reports);

}  // namespace pyconv
