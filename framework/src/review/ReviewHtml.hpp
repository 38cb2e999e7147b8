#pragma once
#include <string>
#include <vector>

#include "engine/FileReport.hpp"
#include "migration/Validate.hpp"
#include "review/ParityResults.hpp"

namespace pyconv {

// One converted file as the review report shows it.
struct ReviewedFile {
  const FileReport* report = nullptr;  // findings left (offsets into report->text, the converted file)
  const ReviewFile* review = nullptr;  // source text, Unsafe fixes
  FileValidation validation;
  std::vector<ParityCase> parity;      // the file's parity test cases, when results were given
  std::string page;                    // its page's file name in the report folder
};

// What the whole report covers.
struct ReviewSummary {
  std::string sourceRoot, destinationRoot;
  bool importsChecked = false;  // --python given
  bool parityGiven = false;     // --parity-results given
};

// The report's pages: self-contained HTML5 (styles inline, no script, nothing fetched).
std::string reviewIndexPage(const ReviewSummary& summary, const std::vector<ReviewedFile>& files);
std::string reviewFilePage(const ReviewSummary& summary, const ReviewedFile& file);

}  // namespace pyconv
