#include "migration/TreeMode.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include "engine/FileProcessing.hpp"
#include "engine/InputFiles.hpp"
#include "io/Display.hpp"
#include "io/FileIO.hpp"
#include "io/TempFiles.hpp"
#include "io/UnifiedDiff.hpp"
#include "migration/ManifestJournal.hpp"
#include "source/Utf8.hpp"

namespace pyconv {
namespace fs = std::filesystem;

namespace {

bool isInside(const fs::path& inner, const fs::path& outer) {
  const auto rel = inner.lexically_relative(outer);
  return !rel.empty() && *rel.begin() != "..";
}

// Decides what happens to one file; reads the destination only when no link is in its way.
void planEntry(TreeEntry& entry, const Manifest& manifest, bool converted) {
  using Action = TreeEntry::Action;
  // Manifest keys and JSON output are UTF-8: a name that is not cannot be recorded, so its file
  // is refused by name instead of breaking the manifest for every other file.
  if (firstInvalidUtf8(entry.relative) != std::string::npos) {
    entry.action = Action::Refuse;
    entry.refusal = fmt::format("{}: not converted: the file name is not valid UTF-8", entry.source.string());
    return;
  }
  if (const auto link = symlinkBelow(entry.destinationRoot, entry.relative)) {
    entry.action = Action::Refuse;
    entry.refusal = fmt::format("{}: not written: {} is a symbolic link; tree mode never writes through links",
                                entry.destination.string(), link->string());
    return;
  }
  // Converted and copied files keep the source's permission bits (a person's file its own).
  struct stat st {};
  if (::lstat(entry.source.c_str(), &st) == 0) entry.mode = st.st_mode & 0777;
  std::string error;
  // An unreadable destination matches no hash: it is treated as a person's file.
  if (!currentHash(entry.destination, entry.seen, error)) entry.seen = "unreadable";
  const auto recorded = manifest.hashOf(entry.relative);
  if (!entry.seen) {
    entry.action = converted ? Action::Convert : Action::Copy;
  } else if (recorded && *entry.seen == *recorded) {
    entry.action = converted ? Action::Reconvert : Action::Recopy;
  } else {
    entry.action = converted ? Action::Continue : Action::Keep;
    entry.mode.reset();  // a person's file keeps its own permissions
  }
}

// What the review report shows of a converted entry. A continued file's torch source is converted
// once more in memory, for the Unsafe fixes that conversion applies and the torch uses it started from.
ReviewFile reviewOf(const TreeEntry& entry, const SourceFile& input, const FileOutcome& result, CheckRunner& runner,
                    const RunSettings& settings) {
  ReviewFile review;
  review.relative = entry.relative;
  review.unsafe = result.unsafeApplied;
  // The review shows the rate of the first counted package (the built-in checks count torch only).
  const auto& packages = runner.accounting().packages;
  const auto uses = [&packages](const FileOutcome& o) { return packages.empty() ? 0L : packages.front().uses(o.initialMetrics); };
  if (entry.action != TreeEntry::Action::Continue) {
    review.sourceText = input.text();
    review.packageUsesInSource = uses(result);
    return review;
  }
  review.continued = true;
  FileReport ignored;
  ignored.path = entry.source.string();
  if (const auto source = readSource(entry.source, ignored)) {
    review.sourceText = source->text();
    const FileOutcome fromSource = runner.process(*source, settings.fix);
    review.sourceUnsafe = fromSource.unsafeApplied;
    review.packageUsesInSource = uses(fromSource);
  }
  return review;
}

// --diff in tree mode: what the run would write, as a diff of the destination relative to
// --dst-root (git's a/ and b/ prefixes; a new file comes from /dev/null). Nothing is written.
// `input`: the file the entry was converted from (for a continued entry, the destination itself).
std::string dryRunDiff(const TreeEntry& entry, const SourceFile& input, const std::string& bytes, FileReport& report) {
  std::string current, error;
  if (entry.action == TreeEntry::Action::Continue) {
    current = input.bytesFor(input.text());  // read already: the destination is what was converted
  } else if (entry.action != TreeEntry::Action::Convert) {
    const auto existing = readRegularFile(entry.destination, kMaxTreeFileBytes, error);
    if (!existing) {
      report.errors.push_back(fmt::format("{}: cannot read: {}", report.path, error));
      return {};
    }
    current = *existing;
  }
  report.changed = bytes != current || entry.action == TreeEntry::Action::Convert;
  const std::string label = displayPath(entry.relative);
  if (entry.action == TreeEntry::Action::Convert && bytes.empty()) return {};  // an empty file: no hunk to show
  return unifiedDiff(current, bytes, entry.action == TreeEntry::Action::Convert ? "/dev/null" : "a/" + label, "b/" + label);
}

}  // namespace

TreePlan planTree(const fs::path& sourceRoot, const fs::path& destinationRoot, const Manifest& manifest,
                  ConfigResolver& configs) {
  const auto source = fs::weakly_canonical(sourceRoot), destination = fs::weakly_canonical(destinationRoot);
  if (!fs::is_directory(source)) throw UsageError(fmt::format("--src-root {} is not a folder", sourceRoot.string()));
  if (fs::exists(destination) && !fs::is_directory(destination)) {
    throw UsageError(fmt::format("--dst-root {} exists and is not a folder", destinationRoot.string()));
  }
  if (source == destination || isInside(destination, source) || isInside(source, destination)) {
    throw UsageError("--src-root and --dst-root must not contain each other");
  }
  TreePlan plan;
  std::error_code ec;
  for (const fs::path& file : filesUnder(source, ec, &plan.skippedLinks)) {
    // The tool's own bookkeeping is never an input (a tree converted before may be a source).
    const auto name = file.filename().string();
    if (name == Manifest::kFileName || name == ManifestJournal::kFileName || isTemporaryName(name)) continue;
    TreeEntry entry;
    entry.relative = file.lexically_relative(source).generic_string();
    entry.source = file;
    entry.destinationRoot = destinationRoot;
    entry.destination = destinationRoot / entry.relative;
    if (file.extension() == ".py") {
      entry.config = &configs.forFile(entry.source);
      if (entry.config->excludes(entry.source)) entry.config = nullptr;
    }
    planEntry(entry, manifest, entry.config != nullptr);
    plan.entries.push_back(std::move(entry));
  }
  if (ec) throw UsageError(fmt::format("--src-root {}: {}", sourceRoot.string(), ec.message()));
  return plan;
}

TreeOutcome runTreeEntry(const TreeEntry& entry, CheckRunner* runner, const RunSettings* settings,
                         const DriverOptions& options) {
  TreeOutcome outcome;
  FileReport& report = outcome.report;
  report.path = entry.destination.string();
  std::string error;
  using Action = TreeEntry::Action;
  if (entry.action == Action::Keep) return outcome;
  if (entry.action == Action::Refuse) {
    report.errors.push_back(entry.refusal);
    return outcome;
  }
  if (entry.action == Action::Copy || entry.action == Action::Recopy) {
    if (options.mode == Mode::TreeDryRun) {  // a dry run names the copies; their bytes are the source's
      if (entry.action == Action::Copy) report.notes.push_back(fmt::format("{}: note: would be copied from the source", report.path));
      return outcome;
    }
    const auto bytes = readRegularFile(entry.source, kMaxTreeFileBytes, error);
    if (!bytes) {
      report.errors.push_back(fmt::format("{}: cannot read: {}", entry.source.string(), error));
    } else if (writeTreeFile(entry.destinationRoot, entry.relative, *bytes, entry.seen, entry.mode, error)) {
      outcome.written = *bytes;
      report.written = true;
    } else {
      report.errors.push_back(fmt::format("{}: not written: {}", report.path, error));
    }
    return outcome;
  }
  // Converted from the source, or continued where it stands: the destination is never replaced
  // from the source once a person has touched it.
  const fs::path input = entry.action == Action::Continue ? entry.destination : entry.source;
  FileReport readReport;
  readReport.path = input.string();
  const auto source = readSource(input, readReport);
  if (!source) {
    report.errors = readReport.errors;
    return outcome;
  }
  const FileOutcome result = runner->process(*source, settings->fix);
  describeOutcome(*source, result, options, report);
  if (!report.errors.empty()) return outcome;
  if (!options.reviewDir.empty()) report.review = reviewOf(entry, *source, result, *runner, *settings);
  if (entry.action == Action::Continue) {
    outcome.forget = true;
    report.notes.insert(report.notes.begin(),
                        fmt::format("{}: note: edited by hand or not written by pyconv-tidy: converted where it stands", report.path));
    if (!report.changed) return outcome;
  }
  const std::string bytes = source->bytesFor(result.finalText);
  if (options.mode == Mode::TreeDryRun) {
    report.diff = dryRunDiff(entry, *source, bytes, report);
    return outcome;
  }
  if (entry.action == Action::Reconvert) {
    const auto current = readRegularFile(entry.destination, kMaxTreeFileBytes, error);
    if (current && *current == bytes) {  // same as before: leave the bytes (and the mtime) alone
      outcome.written = bytes;
      // ...but follow the source's permission bits, which may have changed on their own.
      if (entry.mode && !setTreeFileMode(entry.destinationRoot, entry.relative, *entry.mode, error)) {
        report.errors.push_back(fmt::format("{}: permissions not updated: {}", report.path, error));
      }
      return outcome;
    }
  }
  if (writeTreeFile(entry.destinationRoot, entry.relative, bytes, entry.seen, entry.mode, error)) {
    report.written = true;
    if (entry.action != Action::Continue) outcome.written = bytes;
  } else {
    report.errors.push_back(fmt::format("{}: not written: {}", report.path, error));
  }
  return outcome;
}

}  // namespace pyconv
