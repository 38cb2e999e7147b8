// The fix engine's behaviours, each observed through the test-only checks of
// tests/plugins/EngineTestPlugin.cpp loaded by the real plugin loader.
#include <gtest/gtest.h>

#include "engine/CheckRunner.hpp"
#include "fix/SyntaxGuard.hpp"
#include "EngineTestPlugins.hpp"
#include "plugin/PluginSet.hpp"
#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

FileOutcome fix(const std::string& code, const std::vector<std::string>& checks,
                const std::vector<std::string>& pipeline = {}, int maxIterations = 10) {
  std::string error;
  const auto source = SourceFile::fromBytes("t.py", code, error);
  CheckRunner runner(engineTestPlugins(), checks, pipeline);
  FixOptions options;
  options.enabled = true;
  options.maxIterations = maxIterations;
  return runner.process(*source, options);
}

bool hasDiagnostic(const FileOutcome& outcome, const std::string& check, const std::string& messagePart) {
  return std::any_of(outcome.diagnostics.begin(), outcome.diagnostics.end(), [&](const Diagnostic& d) {
    return d.check == check && d.message.find(messagePart) != std::string::npos;
  });
}

// A text that holds no enabled check's prefilter is not parsed: the outcome says so, and says
// nothing of its syntax (the fuzzer once took "not parsed" for "parses"); one that holds it is.
TEST(FixEngine, ATextNoCheckCanMatchIsLeftUnparsedAndSaysSo) {
  const FileOutcome skipped = fix("def f(:\n    x = 1\n", {"test-rename"});
  EXPECT_FALSE(skipped.parsed);
  EXPECT_EQ(skipped.finalText, "def f(:\n    x = 1\n");
  EXPECT_TRUE(skipped.diagnostics.empty());
  const FileOutcome read = fix("def f(:\n    old_name = 1\n", {"test-rename"});
  EXPECT_TRUE(read.parsed);
  EXPECT_TRUE(read.hasSyntaxErrors);
}

TEST(FixEngine, OverlappingFixIsDeferredNotLost) {
  const auto out = fix("x = wrap(old_name)\n", {"test-rename", "test-rewrap"});
  EXPECT_EQ(out.finalText, "x = unwrap(new_name)\n");
  EXPECT_EQ(out.fixesApplied, 2u);
  EXPECT_TRUE(out.diagnostics.empty());
}

TEST(FixEngine, NeedsOfManyFixesBecomeOneImportEach) {
  const auto out = fix("import torch\n\na = use_ms + use_ms\nb = use_mint(use_ops)\n",
                       {"test-need-ms", "test-need-mint", "test-need-ops"});
  EXPECT_EQ(out.finalText,
            "import torch\nimport mindspore as ms\nfrom mindspore import mint, ops\n\n"
            "a = ms.thing + ms.thing\nb = mint.thing(ops.thing)\n");
}

TEST(FixEngine, NeedsMergeInNameOrderIntoAnExistingFromImportAndSkipWhatIsThere) {
  const auto out = fix("\"\"\"Doc.\"\"\"\nimport mindspore as ms\nfrom mindspore import nn\n\nx = use_ms(use_mint)\n",
                       {"test-need-ms", "test-need-mint"});
  EXPECT_EQ(out.finalText, "\"\"\"Doc.\"\"\"\nimport mindspore as ms\nfrom mindspore import mint, nn\n\nx = ms.thing(mint.thing)\n");
}

TEST(FixEngine, NeedsGoAfterTheDocstringWhenThereIsNoImport) {
  EXPECT_EQ(fix("\"\"\"Doc.\"\"\"\nx = use_ms\n", {"test-need-ms"}).finalText,
            "\"\"\"Doc.\"\"\"\nimport mindspore as ms\nx = ms.thing\n");
  EXPECT_EQ(fix("x = use_ms\n", {"test-need-ms"}).finalText, "import mindspore as ms\n\nx = ms.thing\n");
}

TEST(FixEngine, HelperIsInsertedOnceBeforeTheFirstDefinition) {
  const auto out = fix("import torch\n\n\nclass A:\n    def f(self):\n        return call_helper() + call_helper()\n",
                       {"test-need-helper"});
  EXPECT_EQ(out.finalText,
            "import torch\n\n\ndef _helper():\n    return 1\n\n\nclass A:\n    def f(self):\n        return _helper() + _helper()\n");
  // A second run finds the helper there and adds nothing.
  EXPECT_EQ(fix(out.finalText, {"test-need-helper"}).finalText, out.finalText);
}

TEST(FixEngine, NeedsUseTheFileNewlineStyle) {
  EXPECT_EQ(fix("import torch\r\nx = use_ms\r\n", {"test-need-ms"}).finalText,
            "import torch\r\nimport mindspore as ms\r\nx = ms.thing\r\n");
}

TEST(FixEngine, ImportsLeftUnusedByTheFixesAreRemoved) {
  const std::vector<std::string> checks = {"test-rename-call"};
  EXPECT_EQ(fix("from lib import old_call\nimport os\n\ny = old_call(1)\n", checks).finalText,
            "import os\n\ny = new_call(1)\n")
      << "os was unused before: not this tool's business";
  EXPECT_EQ(fix("from lib import old_call, other\nz = old_call(other)\n", checks).finalText,
            "from lib import other\nz = new_call(other)\n");
  EXPECT_EQ(fix("from lib import (\n    keep,\n    old_call,\n)\nz = old_call(keep)\n", checks).finalText,
            "from lib import (\n    keep,\n)\nz = new_call(keep)\n");
  EXPECT_EQ(fix("import lib.f as old_call, os\ndef f():\n    return old_call(os)\n", checks).finalText,
            "import os\ndef f():\n    return new_call(os)\n");
  EXPECT_EQ(fix("from lib import use_ms\n\na = use_ms\n", {"test-need-ms"}).finalText,
            "import mindspore as ms\n\na = ms.thing\n");
}

TEST(FixEngine, AnImportStillUsedSomewhereStays) {
  const std::string code = "from lib import old_call\ny = old_call(1)\nf = old_call\n";
  EXPECT_EQ(fix(code, {"test-rename-call"}).finalText, "from lib import old_call\ny = new_call(1)\nf = old_call\n");
}

TEST(FixEngine, PhasesGoRoundUntilNoneHasAFixLeft) {
  // early: a_thing -> b_thing; late: b_thing -> c_thing.
  const std::vector<std::string> checks = {"test-phase-early", "test-phase-late"};
  EXPECT_EQ(fix("v = a_thing\n", checks, {"test-phase-early", "test-phase-late"}).finalText, "v = c_thing\n");
  // A later phase's work made possible by an earlier one is done in the same run (the phases go
  // round), so a second run has nothing left to do whatever the order.
  const auto out = fix("v = a_thing\n", checks, {"test-phase-late", "test-phase-early"});
  EXPECT_EQ(out.finalText, "v = c_thing\n");
  EXPECT_EQ(fix(out.finalText, checks, {"test-phase-late", "test-phase-early"}).fixesApplied, 0u);
}

TEST(FixEngine, ChecksThatUndoEachOtherStopWithAnErrorNamingBoth) {
  const auto out = fix("v = ping\n", {"test-flip", "test-flop"});
  ASSERT_TRUE(out.error);
  EXPECT_NE(out.error->find("test-flip"), std::string::npos) << *out.error;
  EXPECT_NE(out.error->find("test-flop"), std::string::npos) << *out.error;
}

TEST(FixEngine, IterationBoundStopsAFixThatNeverConverges) {
  const auto out = fix("v = counter_0\n", {"test-counter"}, {}, 3);
  EXPECT_FALSE(out.error);
  EXPECT_EQ(out.finalText, "v = counter_3\n");
  EXPECT_EQ(out.iterations, 3);
}

TEST(FixEngine, SyntaxGuardRejectsTheBreakingFixAndKeepsTheOthers) {
  const auto out = fix("a = old_name\nb = breakme(1)\nc = old_name\n", {"test-rename", "test-break"});
  EXPECT_EQ(out.finalText, "a = new_name\nb = breakme(1)\nc = new_name\n");
  EXPECT_TRUE(hasDiagnostic(out, "pyconv-internal", "of check 'test-break' is not applied: applying it would break the syntax"));
  EXPECT_TRUE(hasDiagnostic(out, "test-break", "break"));
}

TEST(FixEngine, InvalidFixIsReportedNotApplied) {
  const auto out = fix("invalid_here = 1\n", {"test-invalid"});
  EXPECT_EQ(out.finalText, "invalid_here = 1\n");
  EXPECT_TRUE(hasDiagnostic(out, "pyconv-internal", "its edits overlap each other"));
}

TEST(FixEngine, ChecksRunInTheirDeclaredPhasesUnlessAPipelineIsGiven) {
  // test-phase-early declares Prepare, test-phase-late Rewrite, test-rename nothing (Finish).
  const std::vector<std::string> checks = {"test-rename", "test-phase-late", "test-phase-early"};
  EXPECT_EQ(CheckRunner(engineTestPlugins(), checks).phases(),
            (std::vector<std::vector<std::string>>{{"test-phase-early"}, {"test-phase-late"}, {"test-rename"}}));
  // A pipeline's globs replace the declarations; checks no glob names run last.
  EXPECT_EQ(CheckRunner(engineTestPlugins(), checks, {"test-rename", "test-phase-late"}).phases(),
            (std::vector<std::vector<std::string>>{{"test-rename"}, {"test-phase-late"}, {"test-phase-early"}}));
}

TEST(SyntaxGuard, BisectionFindsEachBreakingFix) {
  int calls = 0;
  const auto culprits = findCulprits({0, 1, 2, 3, 4, 5, 6, 7}, [&](const std::vector<std::size_t>& s) {
    ++calls;
    return std::count(s.begin(), s.end(), 5) > 0;
  });
  EXPECT_EQ(culprits, (std::vector<std::size_t>{5}));
  EXPECT_LE(calls, 9) << "bisection, not one trial per fix";
}

TEST(SyntaxGuard, ACombinationThatBreaksDropsTheLaterFix) {
  const auto culprits = findCulprits({0, 1, 2, 3}, [](const std::vector<std::size_t>& s) {
    return std::count(s.begin(), s.end(), 1) && std::count(s.begin(), s.end(), 2);
  });
  EXPECT_EQ(culprits, (std::vector<std::size_t>{2}));
}

}  // namespace
}  // namespace pyconv
