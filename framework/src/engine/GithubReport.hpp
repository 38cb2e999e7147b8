#pragma once
#include <string>
#include <vector>

#include "engine/FileReport.hpp"

namespace pyconv {

// --output-format=github: one GitHub Actions workflow command per finding,
// `::warning file=F,line=L,col=C,endLine=..,endColumn=..,title=CHECK::MESSAGE` (`::error` for
// errors), which the Actions runner shows as an annotation on the line.
std::string githubAnnotations(const std::vector<FileReport>& reports);

}  // namespace pyconv
