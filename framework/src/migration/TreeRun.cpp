#include "migration/TreeRun.hpp"

#include "engine/Progress.hpp"

#include <fmt/format.h>

#include "engine/WorkerPool.hpp"
#include "io/TempFiles.hpp"

namespace pyconv {

namespace {

// Makes a write (or a file becoming a person's) durable in the journal right away: if the run
// is killed, the next one still knows which files hold the tool's bytes.
void recordInJournal(ManifestJournal& journal, const TreeEntry& entry, TreeOutcome& outcome) {
  std::optional<std::string> hash;
  if (outcome.written && outcome.report.written) {
    hash = contentHash(*outcome.written);
  } else if (!outcome.forget) {
    return;  // nothing changed, or nothing the manifest must learn before the run ends
  }
  std::string error;
  if (!journal.append(entry.relative, hash, error)) {
    outcome.report.errors.push_back(fmt::format("{}: not recorded in the manifest journal ({}); until a run ends "
                                                "normally it counts as edited by hand", outcome.report.path, error));
  }
}

}  // namespace

void runTree(const TreePlan& plan, Manifest& manifest, ManifestJournal& journal, Runners& runners,
             const DriverOptions& options, std::vector<FileReport>& reports, Totals& totals, Progress& progress) {
  const bool dryRun = options.mode == Mode::TreeDryRun;  // --diff: nothing in the destination changes
  // A run killed before it could remove its temporary leaves it; this run recognises the name.
  for (const auto& stale : dryRun ? std::vector<std::filesystem::path>{} : removeStaleTemporaries(options.destinationRoot)) {
    FileReport report;
    report.path = stale.string();
    report.notes.push_back(fmt::format("{}: note: removed a temporary file left by an interrupted run", report.path));
    reports.push_back(std::move(report));
  }
  for (const auto& link : plan.skippedLinks) {
    FileReport report;
    report.path = link.string();
    report.notes.push_back(fmt::format("{}: note: symbolic link skipped (tree mode neither follows nor copies links)",
                                       report.path));
    reports.push_back(std::move(report));
  }
  totals.skippedLinks += plan.skippedLinks.size();
  const auto& entries = plan.entries;
  std::vector<TreeOutcome> outcomes(entries.size());
  runParallel(options.jobs, entries.size(), [&](std::size_t worker, std::size_t i) {
    const TreeEntry& entry = entries[i];
    CheckRunner* runner = entry.config ? &runners.runner(worker, *entry.config) : nullptr;
    outcomes[i] = runTreeEntry(entry, runner, entry.config ? &runners.settings(*entry.config) : nullptr, options);
    if (!dryRun) recordInJournal(journal, entry, outcomes[i]);
    progress.fileDone();
  });
  for (std::size_t i = 0; i < entries.size(); ++i) {
    using Action = TreeEntry::Action;
    const Action action = entries[i].action;
    TreeOutcome& outcome = outcomes[i];
    if (outcome.written) manifest.record(entries[i].relative, *outcome.written);
    if (outcome.forget) manifest.forget(entries[i].relative);
    totals.files += entries[i].config != nullptr ? 1 : 0;
    // An entry with an error left its destination as it was: it counts as not written, never as
    // converted or copied, so the summary says only what really happened.
    const bool failed = !outcome.report.errors.empty() && !outcome.report.written;
    totals.notWritten += failed ? 1 : 0;
    if (failed) outcome.report.fixes = 0;  // computed, but not applied to any file
    totals.converted += (action == Action::Convert || action == Action::Reconvert) && !failed ? 1 : 0;
    totals.copied += (action == Action::Copy || action == Action::Recopy) && !failed ? 1 : 0;
    totals.kept += action == Action::Keep ? 1 : 0;
    if (action == Action::Continue && !failed) {
      ++totals.continued;
      totals.continuedFiles.push_back(entries[i].relative);
    }
    reports.push_back(std::move(outcome.report));
  }
}

}  // namespace pyconv
