// Taking every phase of a file to its fixed point under one fix policy, and the removal of the
// imports the fixes left without a use (CheckRunner's convergence; the phases run in FileJob.cpp).
#include <string>

#include "engine/FileBudget.hpp"
#include "engine/FileJob.hpp"
#include "engine/FileState.hpp"
#include "fix/FixSelection.hpp"
#include "fix/UnusedImports.hpp"
#include "pyconv/Semantic.hpp"

namespace pyconv {

// Imports that the fixes left without any use go, one at a time (removing two neighbouring
// names at once could overlap), each checked by the syntax guard.
std::size_t CheckRunner::removeUnusedImports(FileState& state, const ImportUses& usedBefore, const std::string& package,
                                             FileOutcome& outcome) {
  std::size_t removed = 0;
  // Each round removes one name or statement; the bound only guards against a removal that
  // fails to take its name away.
  for (std::size_t round = 0; round <= usedBefore.size(); ++round) {
    checkFileBudget();
    const auto edit = nextUnusedImportRemoval(SemanticModel(*state.tree, package), usedBefore);
    if (!edit) return removed;
    const std::vector<Edit> edits{*edit};
    auto next = parser_.reparse(*state.tree, applyEdits(state.tree->text(), edits), edits);
    if (next->errorCount() > state.tree->errorCount()) return removed;
    state.tree = std::move(next);
    for (auto& applied : outcome.unsafeApplied) applied.offset = offsetAfterEdits(applied.offset, edits);
    ++outcome.fixesApplied;
    ++removed;
  }
  return removed;
}

// Every phase to its fixed point under one policy, then the imports that left without use go.
// Returns false when fixes undo each other (outcome.error says which).
bool CheckRunner::convergePhases(FileState& state, const FixOptions& options, FileOutcome& outcome) {
  const std::string startText = state.tree->text();
  const ImportUses usedBefore = usedImports(SemanticModel(*state.tree, state.package));
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
    if (removeUnusedImports(state, usedBefore, state.package, outcome) == 0) break;
  }
  return converged;
}

}  // namespace pyconv
