#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"
#include "pyconv/Semantic.hpp"
#include "pyconv/SourceFile.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

class LazySemanticModel;

// The file a check is looking at in one iteration: its source facts, its current parse and
// where diagnostics go.
class PYCONV_API FileContext {
 public:
  // `packageAnchor`: the package for relative imports when the file's path does not show it.
  FileContext(const SourceFile& source, const Tree& tree, std::string_view packageAnchor = {});
  // The engine's passes over one tree share `model` (built by whichever pass asks first).
  FileContext(const SourceFile& source, const LazySemanticModel& model);
  ~FileContext();

  const SourceFile& source() const { return source_; }
  const Tree& tree() const { return tree_; }
  // The text of the current iteration (differs from source().text() once fixes were applied).
  const std::string& text() const { return tree_.text(); }

  // Scoped name resolution for this parse, built on first use (most files need it only when a
  // cheap prefilter let a check through).
  const SemanticModel& semantic() const;

  void report(Diagnostic diagnostic);
  // A count a check keeps about this text (e.g. "torch-uses"); the engine sums them over the
  // original and the final text of every file for the run's summary.
  void addMetric(const std::string& name, long amount = 1) { metrics_[name] += amount; }
  const std::map<std::string, long>& metrics() const { return metrics_; }
  std::vector<Diagnostic> takeDiagnostics();

 private:
  const SourceFile& source_;
  const Tree& tree_;
  std::unique_ptr<LazySemanticModel> ownModel_;  // when no shared model was given
  const LazySemanticModel* model_;
  std::vector<Diagnostic> diagnostics_;
  std::map<std::string, long> metrics_;
};

}  // namespace pyconv
