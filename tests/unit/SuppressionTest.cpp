// NOLINT directives, observed through the test plugin's `test-rename` check (old_name -> new_name).
#include <gtest/gtest.h>

#include "engine/CheckRunner.hpp"
#include "EngineTestPlugins.hpp"
#include "plugin/PluginSet.hpp"
#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

// "line:check" of each finding in report mode.
std::vector<std::string> findings(const std::string& code) {
  std::string error;
  const auto source = SourceFile::fromBytes("t.py", code, error);
  CheckRunner runner(engineTestPlugins(), {"test-rename", "test-rewrap"});
  const auto outcome = runner.process(*source, FixOptions{});
  const LineIndex lines(code);
  std::vector<std::string> result;
  for (const auto& d : outcome.diagnostics) result.push_back(std::to_string(lines.position(d.begin).line) + ":" + d.check);
  return result;
}

using V = std::vector<std::string>;

TEST(Suppression, NolintOnTheLineWithAndWithoutChecks) {
  EXPECT_EQ(findings("a = old_name  # NOLINT\nb = old_name  # NOLINT(test-rename)\nc = old_name  # NOLINT(test-re*)\n"), V{});
  // A directive for another check leaves the finding (and, that check having run, is unused).
  EXPECT_EQ(findings("a = old_name  # NOLINT(test-rewrap)\n"), (V{"1:test-rename", "1:pyconv-unused-nolint"}));
  EXPECT_EQ(findings("a = old_name  # NOLINT(-*)\n"), (V{"1:test-rename", "1:pyconv-unused-nolint"}));
}

TEST(Suppression, OnlyRealCommentsCount) {
  EXPECT_EQ(findings("a = old_name; s = '# NOLINT'\nt = \"\"\"\nNOLINTNEXTLINE\n\"\"\"\nb = old_name\n"),
            (V{"1:test-rename", "5:test-rename"}));
}

TEST(Suppression, CoversTheWholeLogicalStatement) {
  EXPECT_EQ(findings("z = f(\n    old_name,\n    wrap(old_name),\n)  # NOLINT(test-rename)\n"), V{"3:test-rewrap"});
  EXPECT_EQ(findings("# NOLINTNEXTLINE(test-rename)\nz = f(\n    old_name,\n)\nw = old_name\n"), V{"5:test-rename"});
}

TEST(Suppression, OnACompoundStatementOnlyTheHeader) {
  EXPECT_EQ(findings("def f(\n    old_name,\n):  # NOLINT\n    return old_name\n"), V{"4:test-rename"});
  EXPECT_EQ(findings("if c:\n    pass\nelse:  # NOLINT\n    old_name\n"), (V{"3:pyconv-unused-nolint", "4:test-rename"}));
  EXPECT_EQ(findings("if c:\n    pass\nelif old_name:  # NOLINT\n    old_name\n"), V{"4:test-rename"});
  EXPECT_EQ(findings("if c:\n    x = old_name  # NOLINT\n    y = old_name\n"), V{"3:test-rename"});
}

TEST(Suppression, BeginEndRangesAndUnpairedDirectives) {
  EXPECT_EQ(findings("# NOLINTBEGIN(test-rename)\na = old_name\nb = old_name\n# NOLINTEND(test-rename)\nc = old_name\n"),
            V{"5:test-rename"});
  EXPECT_EQ(findings("# NOLINTBEGIN\na = old_name\n"), (V{"1:pyconv-nolint", "2:test-rename"}));
  EXPECT_EQ(findings("a = 1\n# NOLINTEND\n"), V{"2:pyconv-nolint"});
  EXPECT_EQ(findings("a = old_name  # NOLINT(test-rename\n"), (V{"1:test-rename", "1:pyconv-nolint"}));
}

TEST(Suppression, UnusedDirectivesAreReportedOnlyWhenTheirChecksRan) {
  EXPECT_EQ(findings("a = 1  # NOLINT(test-rename)\nb = 2  # NOLINT(api-map)\nc = 3  # NOLINT\n"),
            (V{"1:pyconv-unused-nolint", "3:pyconv-unused-nolint"}));
}

TEST(Suppression, SuppressedFindingsAreNotFixed) {
  std::string error;
  const std::string code = "a = old_name  # NOLINT\nb = old_name\n";
  const auto source = SourceFile::fromBytes("t.py", code, error);
  CheckRunner runner(engineTestPlugins(), {"test-rename"});
  FixOptions fix;
  fix.enabled = true;
  EXPECT_EQ(runner.process(*source, fix).finalText, "a = old_name  # NOLINT\nb = new_name\n");
}

}  // namespace
}  // namespace pyconv
