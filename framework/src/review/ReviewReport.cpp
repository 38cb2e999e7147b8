#include "review/ReviewReport.hpp"

#include <fmt/format.h>

#include "io/Display.hpp"
#include "io/FileIO.hpp"
#include "review/ReviewHtml.hpp"

namespace pyconv {

int writeReviewReport(const std::vector<FileReport>& reports, const DriverOptions& options,
                      const ConversionAccounting& accounting, std::ostream& err) {
  std::vector<ParityCase> parity;
  if (!options.parityResults.empty()) parity = readParityResults(options.parityResults);  // a bad file: one line, exit 2

  std::vector<ReviewedFile> files;
  for (const auto& report : reports) {
    if (!report.review) continue;
    ReviewedFile file{&report, &*report.review, validationOfConverted(report, accounting), {}, fmt::format("file-{:04}.html", files.size() + 1)};
    for (const auto& test : parity) {
      if (testsConvertedFile(test, report.review->relative)) file.parity.push_back(test);
    }
    files.push_back(std::move(file));
  }
  std::vector<FileValidation*> validations;
  for (auto& file : files) validations.push_back(&file.validation);
  checkImports(validations, options.validationPython, options.jobs);

  const ReviewSummary summary{options.sourceRoot, options.destinationRoot, !options.validationPython.empty(), !options.parityResults.empty()};
  const std::filesystem::path folder(options.reviewDir);
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    err << fmt::format("pyconv-tidy: error: --review-report {}: {}\n", displayPath(folder.string()), ec.message());
    return 1;
  }
  int errors = 0;
  auto write = [&](const std::string& name, const std::string& html) {
    std::string error;
    if (!writeFileAtomically(folder / name, html, error)) {
      err << fmt::format("pyconv-tidy: error: {}: not written: {}\n", displayPath((folder / name).string()), error);
      ++errors;
    }
  };
  for (const auto& file : files) write(file.page, reviewFilePage(summary, file));
  write("index.html", reviewIndexPage(summary, files));
  return errors;
}

}  // namespace pyconv
