#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fix/FixSelection.hpp"
#include "pyconv/Check.hpp"
#include "pyconv/Export.hpp"
#include "pyconv/MatchFinder.hpp"
#include "pyconv/SourceFile.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

class PluginSet;

struct FixOptions {
  bool enabled = false;       // apply fixes (any fix mode: --fix, --diff, tree mode)
  FixPolicy policy;
  int maxIterations = 10;     // per file; a fixed point normally comes in two or three
};

// What became of one file.
struct FileOutcome {
  std::string finalText;                // the text after all applied fixes
  std::vector<Diagnostic> diagnostics;  // findings left, with offsets into finalText
  std::size_t fixesApplied = 0;
  bool hasSyntaxErrors = false;         // the input itself did not parse cleanly
  std::optional<std::string> error;     // an engine error for this file (exit code 2)
};

// Runs a set of checks over files: one parser, one instance of each check. Owned by one worker
// thread; must be destroyed before the PluginSet whose code its checks run.
class PYCONV_API CheckRunner {
 public:
  CheckRunner(const PluginSet& plugins, const std::vector<std::string>& checkNames);
  ~CheckRunner();

  FileOutcome process(const SourceFile& source, const FixOptions& options);

 private:
  std::vector<Diagnostic> runChecks(const SourceFile& source, const Tree& tree);
  std::string applyGuarded(const Tree& tree, std::vector<Diagnostic>& diagnostics,
                           const std::vector<std::size_t>& selected, std::size_t& applied,
                           std::vector<Diagnostic>& internalErrors);

  Parser parser_;
  std::vector<std::unique_ptr<Check>> checks_;
  MatchFinder finder_;
};

}  // namespace pyconv
