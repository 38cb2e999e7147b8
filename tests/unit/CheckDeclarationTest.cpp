// A check's declaration (CheckSpec) decides its options, their defaults and the values a
// configuration may give, its phase and when it runs; observed through the test checks of
// tests/plugins/EngineTestPlugin.cpp loaded by the real plugin loader.
#include <gtest/gtest.h>

#include "engine/CheckRunner.hpp"
#include "engine/OptionValidation.hpp"
#include "plugin/CheckDeclarations.hpp"
#include "EngineTestPlugins.hpp"
#include "plugin/PluginSet.hpp"
#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

// The messages of one report-mode run of `check` over `code` with `values` as the configuration.
std::vector<std::string> messages(const std::string& check, const std::string& code,
                                  std::map<std::string, std::string> values = {}) {
  std::string error;
  const auto source = SourceFile::fromBytes("t.py", code, error);
  const OptionStore options(std::move(values));
  CheckRunner runner(engineTestPlugins(), {check}, {}, &options);
  std::vector<std::string> result;
  for (const auto& d : runner.process(*source, FixOptions{}).diagnostics) result.push_back(d.message);
  return result;
}

TEST(CheckDeclaration, AnOptionNotConfiguredHasItsDeclaredDefault) {
  EXPECT_EQ(messages("test-option-echo", "option_here\n"), std::vector<std::string>{"style=plain loud=no"});
}

TEST(CheckDeclaration, ConfiguredValuesReachTheCheck) {
  EXPECT_EQ(messages("test-option-echo", "option_here\n",
                     {{"test-option-echo.Style", "fancy"}, {"test-option-echo.Loud", "true"}}),
            std::vector<std::string>{"style=fancy loud=yes"});
}

TEST(CheckDeclaration, AValueTheDeclarationRefusesStopsTheRunWithOneLine) {
  try {
    messages("test-option-echo", "option_here\n", {{"test-option-echo.Loud", "yes"}});
    FAIL() << "a flag given 'yes' was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "CheckOptions key 'test-option-echo.Loud': 'yes' is not a flag value: write 'true' or 'false'");
  }
  try {
    messages("test-option-echo", "option_here\n", {{"test-option-echo.Style", "gaudy"}});
    FAIL() << "a choice outside its choices was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "CheckOptions key 'test-option-echo.Style': 'gaudy' is not one of plain, fancy");
  }
}

TEST(CheckDeclaration, ReadingAnUndeclaredOptionIsAProgrammingError) {
  try {
    messages("test-undeclared-option", "undeclared_here\n");
    FAIL() << "an undeclared option was read";
  } catch (const std::logic_error& e) {
    EXPECT_NE(std::string(e.what()).find("check 'test-undeclared-option' reads option 'Undeclared'"), std::string::npos)
        << e.what();
  }
}

TEST(CheckDeclaration, ACheckWithARunConditionRunsOnlyWhenItHolds) {
  EXPECT_TRUE(messages("test-only-mindspore", "ms_only\n").empty());
  EXPECT_TRUE(messages("test-only-mindspore", "ms_only\n", {{"Target", "mindone"}}).empty());
  EXPECT_EQ(messages("test-only-mindspore", "ms_only\n", {{"Target", "mindspore"}}),
            std::vector<std::string>{"rename ms_only"});
}

TEST(CheckDeclaration, VerificationAlsoNamesOptionsTheCheckDoesNotDeclare) {
  const auto* entry = engineTestPlugins().findCheck("test-option-echo");
  ASSERT_NE(entry, nullptr);
  const std::map<std::string, std::string> values = {
      {"test-option-echo.Loud", "true"}, {"test-option-echo.Nope", "1"}, {"test-option-echoes.Style", "x"}};
  EXPECT_TRUE(optionProblems(entry->spec, values, /*unknownToo=*/false).empty());
  EXPECT_EQ(optionProblems(entry->spec, values, /*unknownToo=*/true),
            std::vector<std::string>{"CheckOptions key 'test-option-echo.Nope': check 'test-option-echo' has no option 'Nope'"});
}

TEST(CheckDeclaration, BadDeclarationsAreNamed) {
  EXPECT_TRUE(declarationProblems({.name = "good-name", .summary = "fine"}).empty());
  EXPECT_EQ(declarationProblems({.name = "Bad*", .summary = "fine"}),
            std::vector<std::string>{"check name 'Bad*' is not lower-case letters, digits, '-' and '_'"});
  EXPECT_EQ(declarationProblems({.name = "two-lines", .summary = "a\nb"}),
            std::vector<std::string>{"check 'two-lines': the summary must be one non-empty line"});
  const CheckSpec options{.name = "opts",
                          .summary = "s",
                          .options = {{.name = "Flag", .kind = OptionKind::Flag, .defaultValue = "yes"},
                                      {.name = "Flag", .kind = OptionKind::Flag, .defaultValue = "true"},
                                      {.name = "Pick", .kind = OptionKind::Choice},
                                      {.name = "a.b"}}};
  EXPECT_EQ(declarationProblems(options),
            (std::vector<std::string>{
                "check 'opts': the default of option 'Flag': 'yes' is not a flag value: write 'true' or 'false'",
                "check 'opts': option 'Flag' is declared twice",
                "check 'opts': choice option 'Pick' declares no choices",
                "check 'opts': option name 'a.b' is not letters, digits and '_'"}));
}

TEST(CheckDeclaration, BadMetricAndVerdictDeclarationsAreNamed) {
  const CheckSpec counts{.name = "counts",
                         .summary = "s",
                         .metrics = {{.name = "uses", .role = MetricRole::PackageUses},
                                     {.name = "other", .package = "numpy"},
                                     {.name = "uses"},
                                     {.name = "Bad Name"}}};
  EXPECT_EQ(declarationProblems(counts),
            (std::vector<std::string>{
                "check 'counts': metric 'uses' names a package exactly when its role counts one's uses",
                "check 'counts': metric 'other' names a package exactly when its role counts one's uses",
                "check 'counts': metric 'uses' is declared twice",
                "check 'counts': metric name 'Bad Name' is not lower-case letters, digits, '-' and '_'"}));
  EXPECT_EQ(declarationProblems({.name = "verdict", .summary = "s", .verdict = VerdictPart{.noun = "thing"}}),
            std::vector<std::string>{"check 'verdict': its verdict part needs a noun, a passed wording and a JSON key"});
  EXPECT_TRUE(declarationProblems({.name = "fine",
                                   .summary = "s",
                                   .metrics = {{.name = "x-uses", .role = MetricRole::PackageUses, .package = "x"}},
                                   .verdict = VerdictPart{"bad thing", "no bad things", "badThings"}})
                  .empty());
}

}  // namespace
}  // namespace pyconv
