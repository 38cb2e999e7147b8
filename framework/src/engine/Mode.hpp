#pragma once
#include "pyconv/Export.hpp"

namespace pyconv {

struct DriverOptions;

// What one run of the tool does, decided once from the command line (decideMode) and asked
// everywhere after: no other code re-derives it from the flags.
enum class Mode {
  ApplyFixes,    // --apply-fixes FILE: apply an exported fixes file, nothing else
  Version,       // --version
  Explain,       // --explain CHECK
  DumpDocs,      // --dump-docs DIR
  TestFixtures,  // --test-fixtures DIR
  EmitTests,     // --emit-tests alone: parity tests for the files as they are; no check runs
  Inspect,       // --list-checks, --dump-config, --verify-config: the configuration; no file is checked
  Report,        // the findings of the files as they are (--export-fixes computes the fixes too)
  Fix,           // --fix: fixes applied in place
  Diff,          // --diff: the fixes as a unified diff; nothing written
  Validate,      // --validate: findings and one verdict per file; nothing written
  Tree,          // --src-root/--dst-root: convert a tree into another, keeping hand edits
  TreeDryRun,    // tree mode with --diff: the diff of the destination tree; nothing written
};

// The mode the options ask for. Every combination of options that no mode takes is refused here,
// with a UsageError of one line (exit code 2), before any plugin is loaded.
PYCONV_API Mode decideMode(const DriverOptions& options);

inline bool isTreeMode(Mode mode) { return mode == Mode::Tree || mode == Mode::TreeDryRun; }
// The fixes are shown as a diff on standard output (findings then go to standard error).
inline bool showsDiff(Mode mode) { return mode == Mode::Diff || mode == Mode::TreeDryRun; }
// Findings are those of the text as it is, not of the text after the fixes.
inline bool reportsTextAsItIs(Mode mode) { return mode == Mode::Report || mode == Mode::Validate; }

}  // namespace pyconv
