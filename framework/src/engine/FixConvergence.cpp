// Taking every phase of a file to its fixed point under one fix policy, and the removal of the
// imports the fixes left without a use (CheckRunner's convergence; the phases run in CheckRunner.cpp).
#include <string>

#include "engine/CheckRunner.hpp"
#include "engine/FileBudget.hpp"
#include "engine/FileState.hpp"
#include "fix/FixSelection.hpp"
#include "fix/UnusedImports.hpp"
#include "pyconv/Semantic.hpp"

namespace pyconv {

// Imports that the fixes left without any use go: all of a round at once (one semantic model and
// one parse per round, not per name: a file with hundreds of imports would otherwise cost a model
// of the whole file per name), checked by the syntax guard; if the round breaks the parse, its
// removals go one at a time instead, each checked alone.
std::size_t CheckRunner::removeUnusedImports(FileState& state, const ImportUses& usedBefore, FileOutcome& outcome) {
  std::size_t removed = 0;
  auto apply = [&](const std::vector<Edit>& edits) {
    auto next = parser_.reparse(*state.tree, applyEdits(state.tree->text(), edits), edits);
    if (next->errorCount() > state.tree->errorCount()) return false;
    state.advance(std::move(next), edits, outcome);
    outcome.fixesApplied += edits.size();
    removed += edits.size();
    return true;
  };
  // Each round removes at least one name or statement; the bound only guards against a removal
  // that fails to take its name away.
  for (std::size_t round = 0; round <= usedBefore.size(); ++round) {
    checkFileBudget();
    const auto edits = unusedImportRemovals(state.model->get(), usedBefore);
    if (edits.empty()) return removed;
    if (apply(edits)) continue;
    if (edits.size() == 1 || !apply({edits.front()})) return removed;
  }
  return removed;
}

// Every phase to its fixed point under one policy, then the imports that left without use go.
// Returns false when fixes undo each other (outcome.error says which).
bool CheckRunner::convergePhases(FileState& state, const FixOptions& options, FileOutcome& outcome) {
  const std::string startText = state.tree->text();
  const ImportUses usedBefore = usedImports(state.model->get());
  // A later phase can leave work for an earlier one (a folded guard held a device variable's last
  // use), so the phases go round, in order, until every phase has run once on the current text
  // without a fix; a second run then finds nothing. Usually that is one extra pass of the first
  // phase. The bound only guards against phases that keep undoing each other.
  // Removing an import can unlock a fix that was waiting for it (an import statement whose fix
  // was Unsafe only because of the removed name), so the phases go round again after a removal.
  bool converged = true;
  for (int round = 0; converged && round < 4; ++round) {
    std::size_t stable = 0;
    for (std::size_t run = 0; converged && stable < phases_.size() && run < 4 * phases_.size(); ++run) {
      const std::size_t applied = outcome.fixesApplied;
      converged = runPhaseToFixedPoint(*phases_[run % phases_.size()], state, options, outcome);
      stable = outcome.fixesApplied == applied ? stable + 1 : 1;  // a phase that fixed is at its fixed point
    }
    if (!converged || state.tree->text() == startText) break;
    if (removeUnusedImports(state, usedBefore, outcome) == 0) break;
  }
  return converged;
}

}  // namespace pyconv
