#pragma once
#include <ostream>
#include <vector>

#include "engine/ConversionAccounting.hpp"
#include "engine/Driver.hpp"
#include "engine/FileReport.hpp"

namespace pyconv {

// --review-report DIR (tree mode): writes DIR/index.html and one page per converted file from the
// run's reports (those with a ReviewFile), with the validation verdict (imports checked with
// --python) and the parity outcomes of --parity-results. Returns the number of errors, each
// printed to `err` as one line.
int writeReviewReport(const std::vector<FileReport>& reports, const DriverOptions& options,
                      const ConversionAccounting& accounting, std::ostream& err);

}  // namespace pyconv
