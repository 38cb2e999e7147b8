#pragma once
#include <vector>

#include "engine/Driver.hpp"
#include "engine/FileReport.hpp"
#include "engine/Output.hpp"
#include "engine/Runners.hpp"
#include "migration/Manifest.hpp"
#include "migration/ManifestJournal.hpp"
#include "migration/TreeMode.hpp"

namespace pyconv {

class Progress;

// Tree mode: converts IN into OUT, keeping hand edits (docs/design/architecture.md). Carries out
// every planned entry (on options.jobs threads), records each write in `journal` as it happens
// and in `manifest` (saved by the caller), and adds one report per entry (after a note per
// skipped link) and the tree counts to `totals`.
void runTree(const TreePlan& plan, Manifest& manifest, ManifestJournal& journal, Runners& runners,
             const DriverOptions& options, std::vector<FileReport>& reports, Totals& totals, Progress& progress);

}  // namespace pyconv
