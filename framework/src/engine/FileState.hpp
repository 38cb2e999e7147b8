#pragma once
// The per-file state of a fix run (private to the engine: CheckRunner.cpp runs the phases,
// FixConvergence.cpp takes them to their fixed point).
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/CheckRunner.hpp"
#include "semantic/LazySemanticModel.hpp"
#include "pyconv/SourceFile.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

// Findings in document order, then by check; a check's findings at one place keep their order.
inline void sortDiagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.begin, a.check) < std::tie(b.begin, b.check);
  });
}

// Per-file state of a fix run, shared by the phases.
struct CheckRunner::FileState {
  FileState(const SourceFile& source, std::unique_ptr<Tree> parsed, std::string package)
      : source(source), tree(std::move(parsed)), model(std::make_unique<LazySemanticModel>(*tree, std::move(package))) {}

  const SourceFile& source;
  std::unique_ptr<Tree> tree;
  // The current tree's semantic model, shared by its checks' pass and the fix engine's questions;
  // `package()` is the file's package, for name resolution.
  std::unique_ptr<LazySemanticModel> model;
  std::unordered_map<std::string, std::string> rejected;  // fix signature -> why it is not applied
  // Each phase's findings on a text, as the checks reported them (before NOLINT): from the first
  // report of the original text, and from the pass where the phase last selected nothing. The
  // first fix pass runs on the original text, the Unsafe stage starts on the Safe stage's fixed
  // point, and the final report reads the fixed point, so those passes are served from here
  // instead of running every check again.
  std::map<const void*, KnownPass> knownPass;

  // The text moves on to `next` (the current text with `edits` applied): every Unsafe fix applied
  // so far keeps its place, which the notes and the review report give in the final text.
  // `nextModel`, when given, is the model of `next` someone already holds.
  void advance(std::unique_ptr<Tree> next, const std::vector<Edit>& edits, FileOutcome& outcome,
               std::unique_ptr<LazySemanticModel> nextModel = nullptr) {
    for (auto& applied : outcome.unsafeApplied) applied.offset = offsetAfterEdits(applied.offset, edits);
    model = nextModel ? std::move(nextModel) : std::make_unique<LazySemanticModel>(*next, model->package());
    tree = std::move(next);
  }
};

}  // namespace pyconv
