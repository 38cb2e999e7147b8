#include "review/ReviewReport.hpp"

#include <fmt/format.h>

#include "engine/Display.hpp"
#include "engine/FileIO.hpp"
#include "engine/WorkerPool.hpp"
#include "review/ReviewHtml.hpp"

namespace pyconv {

int writeReviewReport(const std::vector<FileReport>& reports, const DriverOptions& options, std::ostream& err) {
  std::vector<ParityCase> parity;
  if (!options.parityResults.empty()) parity = readParityResults(options.parityResults);  // a bad file: one line, exit 2

  std::vector<ReviewedFile> files;
  for (const auto& report : reports) {
    if (!report.review) continue;
    ReviewedFile file{&report, &*report.review, validationOfConverted(report), {}, fmt::format("file-{:04}.html", files.size() + 1)};
    for (const auto& test : parity) {
      if (testsConvertedFile(test, report.review->relative)) file.parity.push_back(test);
    }
    files.push_back(std::move(file));
  }
  if (!options.validationPython.empty()) {
    runParallel(options.jobs, files.size(), [&](std::size_t, std::size_t i) {
      if (files[i].validation.syntaxErrors == 0) checkImport(files[i].validation, options.validationPython, files[i].report->path);
    });
  }

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
