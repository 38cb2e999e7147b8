#pragma once
#include <map>
#include <string>
#include <vector>

#include "engine/CheckRunner.hpp"

namespace pyconv {

// What the HTML review report (--review-report) shows of one converted file, captured by the tree
// run: the torch source, the destination as it stands after the run, and the Unsafe fixes.
struct ReviewFile {
  std::string relative;    // below --src-root and --dst-root
  std::string sourceText;  // the torch file
  // True when the destination had been edited by hand: it was converted where it stood, and
  // `sourceUnsafe` are the Unsafe fixes a conversion from the source applies (their lines are the
  // tool's output's, before the hand edits).
  bool continued = false;
  std::vector<FileOutcome::AppliedFix> unsafe;        // applied by this run, lines of the final text
  std::vector<FileOutcome::AppliedFix> sourceUnsafe;  // continued files only
  long packageUsesInSource = 0;  // the first counted package's uses in the source (ConversionAccounting)
};

}  // namespace pyconv
