// decideMode: the one place that turns the command line's options into what the run does, and
// that refuses the combinations no mode takes (one line each, before any plugin is loaded).
#include <gtest/gtest.h>

#include "engine/Driver.hpp"
#include "engine/Mode.hpp"

namespace pyconv {
namespace {

DriverOptions withInput() {
  DriverOptions o;
  o.inputs = {"m.py"};
  return o;
}

DriverOptions tree() {
  DriverOptions o;
  o.sourceRoot = "in";
  o.destinationRoot = "out";
  return o;
}

std::string refusal(const DriverOptions& o) {
  try {
    decideMode(o);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(Mode, EachRequestHasItsMode) {
  EXPECT_EQ(decideMode(withInput()), Mode::Report);
  auto o = withInput();
  o.exportFixesPath = "fixes.yaml";
  EXPECT_EQ(decideMode(o), Mode::Report);  // export computes fixes, still reports the text as it is
  o = withInput();
  o.fixRequested = true;
  EXPECT_EQ(decideMode(o), Mode::Fix);
  o.emitTestsDir = "tests";
  EXPECT_EQ(decideMode(o), Mode::Fix);  // tests emitted after the fixes
  o = withInput();
  o.diffRequested = true;
  EXPECT_EQ(decideMode(o), Mode::Diff);
  o = withInput();
  o.validate = true;
  EXPECT_EQ(decideMode(o), Mode::Validate);
  o = withInput();
  o.emitTestsDir = "tests";
  EXPECT_EQ(decideMode(o), Mode::EmitTests);
  EXPECT_EQ(decideMode(tree()), Mode::Tree);
  o = tree();
  o.diffRequested = true;
  EXPECT_EQ(decideMode(o), Mode::TreeDryRun);
  o = DriverOptions();
  o.listChecks = true;
  EXPECT_EQ(decideMode(o), Mode::Inspect);  // no input needed
  o = DriverOptions();
  o.showVersion = true;
  EXPECT_EQ(decideMode(o), Mode::Version);
  o = DriverOptions();
  o.applyFixesPath = "fixes.yaml";
  EXPECT_EQ(decideMode(o), Mode::ApplyFixes);
  o = DriverOptions();
  o.testFixturesDir = "fixtures";
  EXPECT_EQ(decideMode(o), Mode::TestFixtures);
}

TEST(Mode, PredicatesFollowTheMode) {
  EXPECT_TRUE(showsDiff(Mode::Diff));
  EXPECT_TRUE(showsDiff(Mode::TreeDryRun));
  EXPECT_FALSE(showsDiff(Mode::Fix));
  EXPECT_TRUE(isTreeMode(Mode::TreeDryRun));
  EXPECT_FALSE(isTreeMode(Mode::Fix));
  EXPECT_TRUE(reportsTextAsItIs(Mode::Validate));
  EXPECT_FALSE(reportsTextAsItIs(Mode::Diff));
}

TEST(Mode, CombinationsNoModeTakesAreRefused) {
  auto o = withInput();
  o.fixRequested = o.diffRequested = true;
  EXPECT_EQ(refusal(o), "--fix and --diff exclude each other");
  o = DriverOptions();
  o.applyFixesPath = "fixes.yaml";
  o.validate = true;
  EXPECT_EQ(refusal(o), "--apply-fixes applies a fixes file and does nothing else: no --validate");
  o.validate = false;
  o.inputs = {"m.py"};
  EXPECT_EQ(refusal(o), "--apply-fixes applies a fixes file and does nothing else: no input files");
  o = withInput();
  o.configFile = "a.yaml";
  o.inlineConfig = "{}";
  EXPECT_EQ(refusal(o), "--config and --config-file exclude each other");
  o = DriverOptions();
  o.sourceRoot = "in";
  EXPECT_EQ(refusal(o), "--src-root and --dst-root go together");
  o = tree();
  o.fixRequested = true;
  EXPECT_NE(refusal(o).find("--fix does not apply"), std::string::npos);
  o = tree();
  o.diffRequested = true;
  o.reviewDir = "review";
  EXPECT_NE(refusal(o).find("a dry run (--diff) writes no tree"), std::string::npos);
  o = tree();
  o.validate = true;
  EXPECT_NE(refusal(o).find("--validate runs every check and writes nothing"), std::string::npos);
  o = withInput();
  o.validate = true;
  o.checks = "api-*";
  EXPECT_NE(refusal(o).find("--validate runs every check"), std::string::npos);
  o = withInput();
  o.validate = true;
  o.format = OutputFormat::Sarif;
  EXPECT_EQ(refusal(o), "--validate prints text or json");
  o = DriverOptions();
  o.listChecks = true;
  o.format = OutputFormat::Junit;
  EXPECT_EQ(refusal(o), "--list-checks prints text (the names) or json (the declarations)");
  o = withInput();
  o.reviewDir = "review";
  EXPECT_NE(refusal(o).find("--review-report reviews a tree conversion"), std::string::npos);
  o = tree();
  o.parityResults = "results.xml";
  EXPECT_EQ(refusal(o), "--parity-results goes with --review-report");
  o = withInput();
  o.maxIterations = 0;
  EXPECT_EQ(refusal(o), "--max-iterations must be at least 1");
  EXPECT_EQ(refusal(DriverOptions()), "no input files (see --help)");
  o = tree();
  o.inputs = {"m.py"};
  EXPECT_EQ(refusal(o), "tree mode (--src-root/--dst-root) takes no other inputs");
}

}  // namespace
}  // namespace pyconv
