// CheckRunner's passes over one text: one phase's, every phase's at once, the per-phase shares a
// fix run keeps and puts back together, and what a pass leaves after NOLINT directives (the fix
// loop is in CheckRunner.cpp and FixConvergence.cpp).
#include <algorithm>
#include <iterator>

#include "engine/CheckRunner.hpp"
#include "engine/FileState.hpp"
#include "engine/Suppressions.hpp"
#include "pyconv/FileContext.hpp"

namespace pyconv {

CheckRunner::Pass CheckRunner::runPass(const std::vector<Check*>& checks, const MatchFinder& finder,
                                       const SourceFile& source, const LazySemanticModel& model) {
  FileContext context(source, model);
  for (Check* check : checks) check->onStartOfPass(context);
  finder.run(context);
  for (Check* check : checks) check->onEndOfPass(context);
  return {context.takeDiagnostics(), context.metrics()};
}

// Which phase counted what is not known from a pass of all phases, so the shares carry no counts.
// A check that reported under a name no check has leaves its phase unknown: nothing is kept, and
// the phases run again.
void CheckRunner::rememberPhases(const Pass& all, const std::string& text, FileState& state) const {
  const bool phasesKnown =
      std::all_of(all.found.begin(), all.found.end(), [&](const Diagnostic& d) { return phaseOfCheck_.count(d.check); });
  if (!phasesKnown) return;
  for (const auto& phase : phases_) state.knownPass[phase.get()] = {text, {}, false};
  for (const Diagnostic& d : all.found) state.knownPass[phaseOfCheck_.at(d.check)].pass.found.push_back(d);
}

std::optional<CheckRunner::Pass> CheckRunner::knownPassOfAll(const FileState& state) const {
  Pass all;
  for (const auto& phase : phases_) {
    const auto known = state.knownPass.find(phase.get());
    if (known == state.knownPass.end() || !known->second.metricsKnown || known->second.text != state.tree->text()) {
      return std::nullopt;
    }
    all.found.insert(all.found.end(), known->second.pass.found.begin(), known->second.pass.found.end());
    for (const auto& [name, amount] : known->second.pass.metrics) all.metrics[name] += amount;
  }
  return all;
}

std::vector<Diagnostic> CheckRunner::reportOf(const Pass& pass, const Tree& tree, std::map<std::string, long>& metrics,
                                              std::vector<SuppressedDiagnostic>& suppressed) const {
  for (const auto& [name, amount] : pass.metrics) metrics[name] += amount;
  Suppressions suppressions(tree);
  std::vector<Diagnostic> all = pass.found;
  suppressions.filter(all, &suppressed);
  auto problems = suppressions.problems(enabledNames_);
  std::move(problems.begin(), problems.end(), std::back_inserter(all));
  sortDiagnostics(all);
  // In document order too, whichever grouping of the checks' passes found them.
  std::stable_sort(suppressed.begin(), suppressed.end(), [](const SuppressedDiagnostic& a, const SuppressedDiagnostic& b) {
    return std::tie(a.diagnostic.begin, a.diagnostic.check) < std::tie(b.diagnostic.begin, b.diagnostic.check);
  });
  return all;
}

}  // namespace pyconv
