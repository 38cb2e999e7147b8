#include "engine/CheckRunner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "engine/FileBudget.hpp"
#include "engine/FileState.hpp"
#include "engine/OptionValidation.hpp"
#include "engine/RemovedUses.hpp"
#include "engine/Suppressions.hpp"
#include "fix/Needs.hpp"
#include "fix/Rebinding.hpp"
#include "fix/SyntaxGuard.hpp"
#include "fix/UnusedImports.hpp"
#include "plugin/GlobList.hpp"
#include "plugin/PluginSet.hpp"
#include "pyconv/FileContext.hpp"
#include "pyconv/Semantic.hpp"
#include "syntax/SyntaxProblems.hpp"

namespace pyconv {
namespace {

// A check's bug, never applied: edits outside the text or overlapping each other, or no title.
std::optional<std::string> invalidFixReason(const Fix& fix, std::size_t textSize) {
  if (fix.title.empty()) return "the fix has no title";
  for (std::size_t i = 0; i < fix.edits.size(); ++i) {
    const Edit& a = fix.edits[i];
    if (a.begin > a.end || a.end > textSize) return "an edit lies outside the text";
    for (std::size_t j = i + 1; j < fix.edits.size(); ++j) {
      const Edit& b = fix.edits[j];
      if (a.begin < b.end && b.begin < a.end) return "its edits overlap each other";
    }
  }
  return std::nullopt;
}

// Identifies a fix across iterations, where offsets move: check, title, what it replaces and with what.
std::string signature(const Diagnostic& d, std::string_view text) {
  std::string s = d.check + '\x1f' + d.fix->title;
  for (const Edit& e : d.fix->edits) {
    s += '\x1f';
    s += text.substr(e.begin, e.end - e.begin);
    s += '\x1e';
    s += e.replacement;
  }
  return s;
}

std::vector<std::size_t> without(const std::vector<std::size_t>& all, const std::vector<std::size_t>& drop) {
  std::vector<std::size_t> rest;
  std::copy_if(all.begin(), all.end(), std::back_inserter(rest),
               [&](std::size_t x) { return std::find(drop.begin(), drop.end(), x) == drop.end(); });
  return rest;
}

bool overlapsAny(const Edit& edit, const std::vector<Edit>& others) {
  return std::any_of(others.begin(), others.end(), [&](const Edit& o) { return editsConflict(o, edit); });
}

// Byte ranges of what CPython rejects: with --fix-errors, fixes stay out of them.
std::vector<std::pair<uint32_t, uint32_t>> errorRanges(const Tree& tree) {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  for (const auto& problem : tree.syntaxProblems()) ranges.emplace_back(problem.begin, problem.end);
  return ranges;
}

bool touchesAny(const Fix& fix, const std::vector<std::pair<uint32_t, uint32_t>>& ranges) {
  return std::any_of(fix.edits.begin(), fix.edits.end(), [&](const Edit& e) {
    return std::any_of(ranges.begin(), ranges.end(),
                       [&](const auto& r) { return e.begin <= r.second && r.first <= e.end; });
  });
}

}  // namespace

CheckRunner::CheckRunner(const PluginSet& plugins, const std::vector<std::string>& checkNames,
                         const std::vector<std::string>& pipeline, const OptionStore* options)
    : packageAnchor_(options ? options->get("PackageAnchor", "") : "") {
  // Without a pipeline each check runs in the phase it declares; a pipeline's glob lists replace
  // the declared phases, and checks no glob names run in a last phase of their own.
  const std::vector<GlobList> phaseGlobs(pipeline.begin(), pipeline.end());
  const std::size_t phaseCount = pipeline.empty() ? kPhaseCount : phaseGlobs.size() + 1;
  std::vector<std::unique_ptr<Phase>> phases(phaseCount);
  for (auto& phase : phases) phase = std::make_unique<Phase>();
  std::vector<const CheckSpec*> running;  // their declarations give the conversion's accounting
  for (const auto& name : checkNames) {
    const auto* entry = plugins.findCheck(name);
    if (entry == nullptr) throw std::invalid_argument(fmt::format("unknown check '{}'", name));
    if (options != nullptr) {
      const auto problems = optionProblems(entry->spec, options->values(), /*unknownToo=*/false);
      if (!problems.empty()) throw std::invalid_argument(problems.front());
    }
    checks_.push_back(entry->create(name));
    Check& check = *checks_.back();
    check.configure(&entry->spec, options);
    const auto phaseIndex = pipeline.empty()
                                ? static_cast<std::size_t>(entry->spec.phase)
                                : static_cast<std::size_t>(std::find_if(phaseGlobs.begin(), phaseGlobs.end(),
                                                                        [&](const GlobList& g) { return g.contains(name); }) -
                                                           phaseGlobs.begin());
    // A check whose run condition does not hold takes no part at all: no matchers, no pass hooks.
    const auto& condition = entry->spec.onlyWhen;
    if (condition && (options == nullptr || options->get(condition->key, "") != condition->value)) continue;
    running.push_back(&entry->spec);
    Phase& phase = *phases[phaseIndex];
    phase.checks.push_back(&check);
    try {
      check.registerMatchers(phase.finder);
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(fmt::format("check '{}' has a bad matcher: {}", name, e.what()));
    }
  }
  std::vector<const MatchFinder*> finders;
  for (auto& phase : phases) {
    if (phase->checks.empty()) continue;
    finders.push_back(&phase->finder);
    for (Check* check : phase->checks) {
      phaseOfCheck_[check->name()] = phase.get();
      allChecks_.push_back(check);
      enabledNames_.push_back(check->name());
    }
    phases_.push_back(std::move(phase));
  }
  allPhases_ = MatchFinder::combining(finders);
  accounting_ = ConversionAccounting::of(running);
}

CheckRunner::~CheckRunner() = default;

std::vector<std::vector<std::string>> CheckRunner::phases() const {
  std::vector<std::vector<std::string>> result;
  for (const auto& phase : phases_) {
    auto& names = result.emplace_back();
    for (const Check* check : phase->checks) names.push_back(check->name());
  }
  return result;
}

// The edits of the fixes in `subset` plus one merged edit set for their needs. A fix whose edits
// collide with a need's edit waits for the next iteration; if all collide they are rejected and
// `subset` comes back empty.
std::vector<Edit> CheckRunner::editsWithNeeds(const std::vector<Diagnostic>& diagnostics, std::vector<std::size_t>& subset,
                                              FileState& state) {
  while (!subset.empty()) {
    std::vector<Need> needs;
    for (std::size_t i : subset) needs.insert(needs.end(), diagnostics[i].fix->needs.begin(), diagnostics[i].fix->needs.end());
    const auto needEdits = editsForNeeds(*state.tree, needs, state.source.newline());
    std::vector<std::size_t> kept;
    for (std::size_t i : subset) {
      const auto& edits = diagnostics[i].fix->edits;
      if (std::none_of(edits.begin(), edits.end(), [&](const Edit& e) { return overlapsAny(e, needEdits); })) {
        kept.push_back(i);
      }
    }
    if (kept.size() == subset.size()) {
      auto edits = collectEdits(diagnostics, subset);
      // Checks write "\n"; a CRLF (or CR) file keeps its own line endings everywhere.
      for (Edit& edit : edits) edit.replacement = inNewlineStyle(edit.replacement, state.source.newline());
      edits.insert(edits.end(), needEdits.begin(), needEdits.end());
      std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
      return edits;
    }
    if (kept.empty()) {
      for (std::size_t i : subset) {
        state.rejected[signature(diagnostics[i], state.tree->text())] = "its edits collide with the imports it needs";
      }
    }
    subset = std::move(kept);
  }
  return {};
}

// One phase: collect fixes, accept the non-overlapping ones, add their needs in one merged edit,
// apply, re-parse incrementally, and repeat until nothing is accepted. Returns false (and sets
// outcome.error) when fixes undo each other.
bool CheckRunner::runPhaseToFixedPoint(Phase& phase, FileState& state, const FixOptions& options, FileOutcome& outcome) {
  std::unordered_map<std::size_t, int> seen{{std::hash<std::string>{}(state.tree->text()), 0}};
  std::vector<std::string> checksApplied;
  for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
    checkFileBudget();
    const std::string& text = state.tree->text();
    const auto known = state.knownPass.find(&phase);
    const bool served = known != state.knownPass.end() && known->second.text == text;
    KnownPass pass = served ? known->second : KnownPass{text, runPass(phase.checks, phase.finder, state.source, *state.model), true};
    std::vector<Diagnostic> diagnostics = pass.pass.found;
    Suppressions(*state.tree).filter(diagnostics);  // a suppressed finding's fix is never applied
    const auto broken = errorRanges(*state.tree);
    for (auto& d : diagnostics) {
      if (d.fix && (invalidFixReason(*d.fix, text.size()) || state.rejected.count(signature(d, text)) ||
                    touchesAny(*d.fix, broken))) {
        d.fix.reset();
      }
    }
    std::vector<std::size_t> selected = selectFixes(diagnostics, options.policy);
    holdBackBindingChanges(*state.model, diagnostics, selected);
    if (selected.empty()) {
      state.knownPass[&phase] = std::move(pass);
      return true;
    }
    ++outcome.iterations;

    auto editsFor = [&](std::vector<std::size_t>& subset) { return editsWithNeeds(diagnostics, subset, state); };
    auto edits = editsFor(selected);
    if (selected.empty()) continue;  // every fix collided with its own needs: rejected
    const std::size_t errorsBefore = state.tree->errorCount();
    auto next = parser_.reparse(*state.tree, applyEdits(text, edits), edits);
    if (next->errorCount() > errorsBefore) {
      // Syntax guard: find the fixes that break the parse, reject them, apply the others.
      const auto culprits = findCulprits(selected, [&](const std::vector<std::size_t>& subset) {
        checkFileBudget();
        auto copy = subset;
        return parser_.parse(applyEdits(text, editsFor(copy)))->errorCount() > errorsBefore;
      });
      for (std::size_t i : culprits) {
        state.rejected[signature(diagnostics[i], text)] = "applying it would break the syntax";
      }
      selected = without(selected, culprits);
      holdBackBindingChanges(*state.model, diagnostics, selected);
      edits = editsFor(selected);
      if (selected.empty()) continue;  // the culprits are rejected; their checks run again
      next = parser_.reparse(*state.tree, applyEdits(text, edits), edits);
    }
    outcome.fixesApplied += selected.size();
    std::vector<Edit> removals;
    for (std::size_t i : selected) {
      if (diagnostics[i].fix->removal) removals.insert(removals.end(), diagnostics[i].fix->edits.begin(), diagnostics[i].fix->edits.end());
    }
    // The next parse's model, built only if asked for: here, or by the next pass.
    auto nextModel = std::make_unique<LazySemanticModel>(*next, state.model->package());
    for (const CountedPackage& counted : accounting_.packages) {
      if (removals.empty()) continue;  // most iterations remove nothing: no tree is read
      if (const long removed = packageUsesRemoved(*state.model, *nextModel, edits, removals, counted.package)) {
        outcome.packageUsesRemoved[counted.removedMetric()] += removed;
      }
    }
    for (std::size_t i : selected) {
      if (diagnostics[i].fix->applicability != Applicability::Unsafe) continue;
      outcome.unsafeApplied.push_back({diagnostics[i].check, diagnostics[i].fix->title, 0, diagnostics[i].begin});
    }
    std::string checks;
    for (std::size_t i : selected) {
      if (checks.find(diagnostics[i].check) == std::string::npos) checks += (checks.empty() ? "" : ", ") + diagnostics[i].check;
    }
    checksApplied.push_back(checks);
    const auto [where, fresh] = seen.emplace(std::hash<std::string>{}(next->text()), iteration);
    if (!fresh) {
      std::set<std::string> involved;
      for (std::size_t i = static_cast<std::size_t>(where->second); i < checksApplied.size(); ++i) involved.insert(checksApplied[i]);
      std::string names;
      for (const auto& n : involved) names += (names.empty() ? "" : "; ") + n;
      outcome.error = fmt::format("fixes undo each other: the text after iteration {} came back (checks: {})",
                                  where->second, names);
      return false;
    }
    state.advance(std::move(next), edits, outcome, std::move(nextModel));
  }
  return true;
}

FileOutcome CheckRunner::process(const SourceFile& source, const FixOptions& options) {
  const FileBudget budget(source.path(), options.timeBudget);
  try {
    return processWithinBudget(source, options);
  } catch (const BudgetExceeded& e) {
    FileOutcome outcome;
    outcome.error = e.what();
    outcome.finalText = source.text();
    return outcome;
  }
}

FileOutcome CheckRunner::processWithinBudget(const SourceFile& source, const FixOptions& options) {
  FileOutcome outcome;
  if (!options.readUnmatchable && !allPhases_.mayMatch(source.text()) &&
      source.text().find("NOLINT") == std::string::npos) {
    outcome.finalText = source.text();  // checks report through their matches only (writing-a-plugin.md)
    outcome.parsed = false;
    return outcome;
  }
  FileState state(source, parser_.parse(source.text()), packageOfPath(source.path(), packageAnchor_));
  outcome.hasSyntaxErrors = state.tree->errorCount() > 0;
  if (state.tree->tooDeepToAnalyse()) {
    // Checks and the semantic model walk the tree recursively: such a file gets its syntax
    // finding only (CPython rejects it too), and is never rewritten.
    const auto& problems = state.tree->syntaxProblems();
    const auto deep = std::find_if(problems.begin(), problems.end(), [](const SyntaxProblem& p) {
      return std::string_view(p.message).starts_with(kTooDeepMessage);
    });
    outcome.diagnostics = {Diagnostic{"pyconv-syntax", "syntax error: " + deep->message + "; the file is not rewritten",
                                      deep->begin, deep->end, Severity::Error, std::nullopt}};
    outcome.initialDiagnostics = outcome.diagnostics;
    outcome.finalText = source.text();
    return outcome;
  }
  if (leaveAlone_ && !state.tree->errorCount() && leaveAlone_(state.model->get())) {
    outcome.finalText = source.text();  // not code these checks are about (migration/ForeignFramework)
    return outcome;
  }
  // A file that does not parse is reported, never rewritten (docs/design/architecture.md).
  const bool fixing = options.enabled && (!outcome.hasSyntaxErrors || options.fixErrors);
  std::optional<Pass> first;
  if (fixing) {
    first = runAll(source, *state.model);
    rememberPhases(*first, state.tree->text(), state);
    outcome.initialDiagnostics = reportOf(*first, *state.tree, outcome.initialMetrics, outcome.initialSuppressed);
    // Unsafe fixes run as a second stage, after the Safe ones have reached their fixed point, so
    // `--fix` then `--fix --unsafe-fixes` writes the same bytes as `--fix --unsafe-fixes` alone:
    // the combined run is literally the two runs (issue 21; docs/design/fix-engine.md).
    if (options.policy.applyUnsafe) {
      FixOptions safeOnly = options;
      safeOnly.policy.applyUnsafe = false;
      if (convergePhases(state, safeOnly, outcome)) {
        state.rejected.clear();  // a fresh run would retry them too
        convergePhases(state, options, outcome);
      }
    } else {
      convergePhases(state, options, outcome);
    }
  }
  // The last look at the file: a text no fix changed was read by the first pass; a fixed point
  // was read by each phase's last pass.
  std::optional<Pass> last = first && state.tree->text() == source.text() ? first : knownPassOfAll(state);
  if (!last) last = runAll(source, *state.model);
  outcome.diagnostics = reportOf(*last, *state.tree, outcome.finalMetrics, outcome.suppressed);
  for (const auto& [metric, removed] : outcome.packageUsesRemoved) outcome.finalMetrics[metric] = removed;
  if (outcome.hasSyntaxErrors) {
    const SyntaxProblem& error = state.tree->syntaxProblems().front();
    outcome.diagnostics.insert(
        outcome.diagnostics.begin(),
        Diagnostic{"pyconv-syntax",
                   fmt::format("syntax error{}{}", error.message.empty() ? "" : ": " + error.message,
                               fixing ? "; fixes outside the error are applied" : "; the file is not rewritten"),
                   error.begin, error.end, Severity::Error, std::nullopt});
  }
  // A finding whose fix is invalid or was rejected says why, at its place in the final text.
  std::vector<Diagnostic> internal;
  for (auto& d : outcome.diagnostics) {
    if (!d.fix) continue;
    std::optional<std::string> reason = invalidFixReason(*d.fix, state.tree->text().size());
    if (!reason) {
      const auto it = state.rejected.find(signature(d, state.tree->text()));
      if (it != state.rejected.end()) reason = it->second;
    }
    if (!reason) continue;
    internal.push_back(Diagnostic{"pyconv-internal",
                                  fmt::format("fix '{}' of check '{}' is not applied: {}", d.fix->title, d.check, *reason),
                                  d.begin, d.end, Severity::Error, std::nullopt});
    d.fix.reset();
  }
  outcome.diagnostics.insert(outcome.diagnostics.end(), internal.begin(), internal.end());
  sortDiagnostics(outcome.diagnostics);
  if (!fixing) {
    outcome.initialDiagnostics = outcome.diagnostics;
    outcome.initialSuppressed = outcome.suppressed;
    outcome.initialMetrics = outcome.finalMetrics;
  }
  outcome.finalText = state.tree->text();
  if (!outcome.unsafeApplied.empty()) {
    const LineIndex lines(outcome.finalText);
    for (auto& applied : outcome.unsafeApplied) applied.line = lines.position(applied.offset).line;
  }
  return outcome;
}

}  // namespace pyconv
