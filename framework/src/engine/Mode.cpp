#include "engine/Mode.hpp"

#include "engine/Driver.hpp"

#include <string>
#include <vector>

namespace pyconv {
namespace {

void refuseIf(bool condition, const char* message) {
  if (condition) throw UsageError(message);
}

// --apply-fixes applies a fixes file and nothing else: every option that would do more is named.
void refuseBesideApplyFixes(const DriverOptions& o) {
  const std::vector<std::pair<bool, std::string>> others = {
      {!o.inputs.empty(), "input files"},        {o.fixRequested, "--fix"},
      {o.diffRequested, "--diff"},               {!o.exportFixesPath.empty(), "--export-fixes"},
      {!o.sourceRoot.empty(), "--src-root"},     {!o.destinationRoot.empty(), "--dst-root"},
      {o.validate, "--validate"},                {!o.emitTestsDir.empty(), "--emit-tests"}};
  for (const auto& [given, name] : others) {
    if (given) throw UsageError("--apply-fixes applies a fixes file and does nothing else: no " + name);
  }
}

// Rules about options that only make sense together, whatever the mode.
void refuseMismatchedOptions(const DriverOptions& o, bool tree) {
  refuseIf(o.configFile && o.inlineConfig, "--config and --config-file exclude each other");
  refuseIf(o.sourceRoot.empty() != o.destinationRoot.empty(), "--src-root and --dst-root go together");
  refuseIf(tree && o.fixRequested, "tree mode writes the destination tree; --fix does not apply (--diff is its dry run)");
  refuseIf(tree && o.diffRequested && (!o.reviewDir.empty() || !o.emitTestsDir.empty()),
           "a dry run (--diff) writes no tree: --review-report and --emit-tests read the written one");
  const bool textOrJson = o.format == OutputFormat::Text || o.format == OutputFormat::Json;
  refuseIf(o.listChecks && !textOrJson, "--list-checks prints text (the names) or json (the declarations)");
  refuseIf(o.validate && !textOrJson, "--validate prints text or json");
  refuseIf(o.validate && (o.fixRequested || o.diffRequested || o.checks || tree || !o.emitTestsDir.empty()),
           "--validate runs every check and writes nothing; it takes no --fix, --diff, --checks, tree mode or --emit-tests");
  refuseIf(!o.reviewDir.empty() && !tree, "--review-report reviews a tree conversion: give --src-root and --dst-root");
  refuseIf(!o.parityResults.empty() && o.reviewDir.empty(), "--parity-results goes with --review-report");
  refuseIf(o.maxIterations < 1, "--max-iterations must be at least 1");
}

}  // namespace

Mode decideMode(const DriverOptions& o) {
  refuseIf(o.fixRequested && o.diffRequested, "--fix and --diff exclude each other");
  if (!o.applyFixesPath.empty()) refuseBesideApplyFixes(o);
  const bool tree = !o.sourceRoot.empty();
  refuseMismatchedOptions(o, tree);
  if (!o.applyFixesPath.empty()) return Mode::ApplyFixes;
  if (o.showVersion) return Mode::Version;
  if (!o.explainCheck.empty()) return Mode::Explain;
  if (!o.dumpDocsDir.empty()) return Mode::DumpDocs;
  if (!o.testFixturesDir.empty()) return Mode::TestFixtures;
  const bool inspect = o.listChecks || o.dumpConfig || o.verifyConfig;
  refuseIf(o.inputs.empty() && !inspect && !tree, "no input files (see --help)");
  refuseIf(tree && !o.inputs.empty(), "tree mode (--src-root/--dst-root) takes no other inputs");
  if (!o.emitTestsDir.empty() && !tree && !o.fixRequested && !o.diffRequested) return Mode::EmitTests;
  if (inspect) return Mode::Inspect;
  if (tree) return o.diffRequested ? Mode::TreeDryRun : Mode::Tree;
  if (o.validate) return Mode::Validate;
  if (o.fixRequested) return Mode::Fix;
  if (o.diffRequested) return Mode::Diff;
  return Mode::Report;
}

}  // namespace pyconv
