#pragma once
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/ConversionAccounting.hpp"
#include "engine/Suppressions.hpp"
#include "fix/FixSelection.hpp"
#include "pyconv/Check.hpp"
#include "pyconv/Export.hpp"
#include "pyconv/MatchFinder.hpp"
#include "pyconv/Options.hpp"
#include "pyconv/SourceFile.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

class LazySemanticModel;
class PluginSet;
class SemanticModel;
class Suppressions;

// The phases checks declare (CheckPhase), in the order they run.
inline constexpr std::size_t kPhaseCount = static_cast<std::size_t>(CheckPhase::Finish) + 1;

struct FixOptions {
  bool enabled = false;  // apply fixes (--fix, --diff, tree mode)
  FixPolicy policy;
  // Bound on iterations per phase. A phase normally reaches its fixed point in two or three
  // (one to apply, one to see nothing left); 10 leaves room for fixes deferred by overlaps.
  int maxIterations = 10;
  // --fix-errors: rewrite a file with syntax errors too, applying only fixes outside its
  // ERROR/MISSING subtrees.
  bool fixErrors = false;
  // Per-file time budget (--timeout-per-file); 0: none. See engine/FileBudget.hpp.
  std::chrono::seconds timeBudget{0};
  // Whether a file no enabled check can match is still parsed (--validate says whether every file
  // parses). Otherwise a text that holds none of the checks' prefilters, and no NOLINT directive
  // whose findings would be due, is left as it is without a parse: no check could report in it.
  bool readUnmatchable = false;
};

// What became of one file.
struct FileOutcome {
  std::string finalText;                // the text after all applied fixes
  std::vector<Diagnostic> diagnostics;  // findings left, with offsets into finalText
  std::vector<Diagnostic> initialDiagnostics;  // when fixing: the findings in the original text
  // The findings NOLINT directives suppressed, in the final and in the original text.
  std::vector<SuppressedDiagnostic> suppressed, initialSuppressed;
  std::map<std::string, long> initialMetrics;  // checks' counts on the original text
  std::map<std::string, long> finalMetrics;    // and on the final text
  std::size_t fixesApplied = 0;
  // Per counted package's `<metric>-removed`: its uses removal fixes took away (Fix::removal).
  std::map<std::string, long> packageUsesRemoved;
  // The Unsafe fixes applied, for a person to review: check, title and where the fix began, in
  // the final text (followed through every later edit), as a byte offset and a 1-based line.
  struct AppliedFix {
    std::string check;
    std::string title;
    uint32_t line = 0;
    uint32_t offset = 0;
  };
  std::vector<AppliedFix> unsafeApplied;
  int iterations = 0;                   // fix iterations run, over all phases
  // False when no enabled check could match the text, which was then not parsed (and is unchanged).
  bool parsed = true;
  bool hasSyntaxErrors = false;         // the input itself did not parse cleanly (known when parsed)
  std::optional<std::string> error;     // an engine error for this file (exit code 2)
};

// Runs a set of checks over files: one parser, one instance of each check, grouped in pipeline
// phases. Owned by one worker thread; must be destroyed before the PluginSet whose code it runs.
class PYCONV_API CheckRunner {
 public:
  // `options` (the configuration's CheckOptions and global keys) must outlive the runner; a value
  // an enabled check's declaration refuses throws std::invalid_argument. `pipeline` (glob lists)
  // replaces the phases the checks declare; empty: the declared phases (docs/fix-engine.md).
  CheckRunner(const PluginSet& plugins, const std::vector<std::string>& checkNames,
              const std::vector<std::string>& pipeline = {}, const OptionStore* options = nullptr);
  ~CheckRunner();

  FileOutcome process(const SourceFile& source, const FixOptions& options);
  // The phases in order, each with its checks' names (for tests and --list-checks).
  std::vector<std::vector<std::string>> phases() const;
  // Files for which `leaveAlone` holds (it sees the file's semantic model) get no finding and no fix:
  // the run's policy, set by whoever runs the checks (the driver: another framework's code).
  using FileFilter = std::function<bool(const SemanticModel&)>;
  void setLeaveAlone(FileFilter leaveAlone) { leaveAlone_ = std::move(leaveAlone); }
  // The counts the loaded checks declare for the conversion's accounting.
  const ConversionAccounting& accounting() const { return accounting_; }

 private:
  FileOutcome processWithinBudget(const SourceFile& source, const FixOptions& options);
  struct Phase {
    std::vector<Check*> checks;
    MatchFinder finder;
  };
  struct FileState;
  // What checks reported on one text, before NOLINT directives are applied, and their counts.
  struct Pass {
    std::vector<Diagnostic> found;
    std::map<std::string, long> metrics;
  };
  // A phase's pass on a text; `metricsKnown` is false where it was cut out of a pass of all phases.
  struct KnownPass {
    std::string text;
    Pass pass;
    bool metricsKnown = false;
  };

  // `checks` on one text through `finder`: a phase's own, or every phase's at once (allPhases_:
  // nothing changes the text between phases there, so one traversal of one combined query serves
  // them all, and each check still sees only its own matches, in the order its phase gives them).
  Pass runPass(const std::vector<Check*>& checks, const MatchFinder& finder, const SourceFile& source,
               const LazySemanticModel& model);
  Pass runAll(const SourceFile& source, const LazySemanticModel& model) {
    return runPass(allChecks_, allPhases_, source, model);
  }
  // Each phase's share of `all`, kept for the fix passes.
  void rememberPhases(const Pass& all, const std::string& text, FileState& state) const;
  // The pass of every phase on the current text, put together from the fix passes' own when each
  // phase has one with its counts (the usual end of a fix run).
  std::optional<Pass> knownPassOfAll(const FileState& state) const;
  // The findings a pass leaves after NOLINT directives, with the directives' own findings, sorted.
  std::vector<Diagnostic> reportOf(const Pass& pass, const Tree& tree, std::map<std::string, long>& metrics,
                                   std::vector<SuppressedDiagnostic>& suppressed) const;
  std::vector<Edit> editsWithNeeds(const std::vector<Diagnostic>& diagnostics, std::vector<std::size_t>& subset,
                                   FileState& state);
  bool convergePhases(FileState& state, const FixOptions& options, FileOutcome& outcome);
  std::size_t removeUnusedImports(FileState& state, const std::set<std::pair<std::string, std::string>>& usedBefore,
                                  FileOutcome& outcome);
  bool runPhaseToFixedPoint(Phase& phase, FileState& state, const FixOptions& options, FileOutcome& outcome);

  Parser parser_;
  std::string packageAnchor_;
  ConversionAccounting accounting_;  // whose uses removal fixes are counted for
  FileFilter leaveAlone_;
  std::vector<std::unique_ptr<Check>> checks_;
  std::vector<std::unique_ptr<Phase>> phases_;
  // Every phase's matchers in one finder, for passes where no fix comes between the phases.
  MatchFinder allPhases_;
  std::vector<Check*> allChecks_;         // in phase order
  std::vector<std::string> enabledNames_;  // theirs, for the NOLINT directives' own findings
  std::unordered_map<std::string, const Phase*> phaseOfCheck_;
};

}  // namespace pyconv
