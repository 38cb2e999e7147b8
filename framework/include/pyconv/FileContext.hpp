#pragma once
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"
#include "pyconv/SourceFile.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

// The file a check is looking at in one iteration: its source facts, its current parse and
// where diagnostics go.
class PYCONV_API FileContext {
 public:
  FileContext(const SourceFile& source, const Tree& tree);

  const SourceFile& source() const { return source_; }
  const Tree& tree() const { return tree_; }
  // The text of the current iteration (differs from source().text() once fixes were applied).
  const std::string& text() const { return tree_.text(); }

  void report(Diagnostic diagnostic);
  std::vector<Diagnostic> takeDiagnostics();

 private:
  const SourceFile& source_;
  const Tree& tree_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace pyconv
