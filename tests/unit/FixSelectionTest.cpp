#include <gtest/gtest.h>

#include "fix/FixSelection.hpp"

namespace pyconv {
namespace {

Diagnostic withFix(std::string check, std::vector<Edit> edits, Applicability applicability = Applicability::Safe) {
  Diagnostic d;
  d.check = std::move(check);
  d.fix = Fix{"title", applicability, std::move(edits)};
  return d;
}

TEST(FixSelection, AcceptsNonOverlappingFixesInOffsetOrder) {
  const std::vector<Diagnostic> ds = {withFix("b", {{10, 12, "x"}}), withFix("a", {{0, 2, "y"}})};
  EXPECT_EQ(selectFixes(ds, {}), (std::vector<std::size_t>{1, 0}));
}

TEST(FixSelection, DefersAFixThatOverlapsAnAcceptedOne) {
  const std::vector<Diagnostic> ds = {withFix("a", {{0, 5, ""}}), withFix("b", {{3, 8, ""}}),
                                      withFix("c", {{5, 6, ""}})};
  EXPECT_EQ(selectFixes(ds, {}), (std::vector<std::size_t>{0, 2}));
}

TEST(FixSelection, OrdersTiesByCheckName) {
  const std::vector<Diagnostic> ds = {withFix("z-check", {{4, 6, "1"}}), withFix("a-check", {{4, 7, "2"}})};
  EXPECT_EQ(selectFixes(ds, {}), (std::vector<std::size_t>{1}));
}

TEST(FixSelection, SharesIdenticalEditsAndTreatsTwoInsertionsAtOnePointAsAConflict) {
  const std::vector<Diagnostic> same = {withFix("a", {{0, 0, "import x\n"}, {5, 6, ""}}),
                                        withFix("b", {{0, 0, "import x\n"}, {8, 9, ""}})};
  EXPECT_EQ(selectFixes(same, {}).size(), 2u);
  EXPECT_EQ(collectEdits(same, {0, 1}).size(), 3u);
  const std::vector<Diagnostic> different = {withFix("a", {{0, 0, "import x\n"}}), withFix("b", {{0, 0, "import y\n"}})};
  EXPECT_EQ(selectFixes(different, {}).size(), 1u);
}

TEST(FixSelection, HonoursApplicability) {
  const std::vector<Diagnostic> ds = {withFix("a", {{0, 1, ""}}, Applicability::Unsafe),
                                      withFix("b", {{2, 3, ""}}, Applicability::DisplayOnly)};
  EXPECT_TRUE(selectFixes(ds, {}).empty());
  EXPECT_EQ(selectFixes(ds, FixPolicy{true}), (std::vector<std::size_t>{0}));
}

TEST(FixSelection, AppliesEditsAndRefusesOverlaps) {
  EXPECT_EQ(applyEdits("x = a.cuda()", {{0, 1, "y"}, {5, 12, ""}}), "y = a");
  EXPECT_THROW(applyEdits("abcdef", {{0, 3, ""}, {2, 4, ""}}), std::logic_error);
}

// An Unsafe fix's place is followed through later edits, for the notes and the review report.
TEST(FixSelection, FollowsAnOffsetThroughEdits) {
  const std::string text = "import torch\nx = a.cuda()\ny = b\n";
  const std::vector<Edit> edits{{0, 0, "import mindspore\n"}, {18, 25, ""}};  // an import added; ".cuda()" gone
  const std::string after = applyEdits(text, edits);
  const uint32_t y = static_cast<uint32_t>(text.find("y = b"));
  EXPECT_EQ(after.substr(offsetAfterEdits(y, edits), 5), "y = b");             // after both edits
  EXPECT_EQ(offsetAfterEdits(0, edits), 0u);                                    // an edit's start stays before its insertion
  EXPECT_EQ(after.substr(offsetAfterEdits(20, edits), 1), "\n");               // inside ".cuda()": where it was
  EXPECT_EQ(offsetAfterEdits(13, {{20, 25, "zz"}}), 13u);                       // edits after it change nothing
}

}  // namespace
}  // namespace pyconv

#include "engine/CoveredFindings.hpp"

namespace pyconv {
namespace {

Diagnostic finding(const std::string& check, uint32_t begin, uint32_t end, std::optional<Fix> fix = std::nullopt) {
  return Diagnostic{check, check + " message", begin, end, Severity::Warning, std::move(fix)};
}

// A finding without a fix that another check's fix edits is the same reference, reported twice.
TEST(CoveredFindings, DropsWhatAnotherChecksFixEdits) {
  // "y = torch.ones(3).cuda()": api-map rewrites torch.ones (4..14), device-cuda removes .cuda() (17..24).
  std::vector<Diagnostic> ds = {
      finding("api-map", 4, 14, Fix{"use mint.ones", Applicability::Safe, {{4, 14, "mint.ones"}}, {}}),
      finding("api-residual", 4, 14),                      // torch.ones: covered by api-map
      finding("device-residual", 4, 24),                   // the .cuda() call: covered by device-cuda
      finding("device-cuda", 17, 24, Fix{"drop", Applicability::Unsafe, {{17, 24, ""}}, {}}),
      finding("api-residual", 30, 44),                     // torch.kthvalue: nothing converts it
      finding("api-residual", 50, 60, Fix{"hint", Applicability::DisplayOnly, {{50, 60, "x"}}, {}}),
      finding("api-imports", 70, 80, Fix{"move", Applicability::Safe, {{70, 80, "y"}}, {}}),
      finding("api-imports", 70, 80),                      // its own check's fix: a different finding
      finding("api-residual", 90, 99),
      finding("device-keyword", 85, 85, Fix{"insert before", Applicability::Safe, {{90, 90, "z"}}, {}}),
  };
  EXPECT_EQ(dropCoveredFindings(ds), 2u);
  std::vector<std::pair<std::string, uint32_t>> left;
  for (const auto& d : ds) left.emplace_back(d.check, d.begin);
  EXPECT_EQ(left, (std::vector<std::pair<std::string, uint32_t>>{{"api-map", 4}, {"device-cuda", 17}, {"api-residual", 30},
                                                                  {"api-residual", 50}, {"api-imports", 70}, {"api-imports", 70},
                                                                  {"api-residual", 90}, {"device-keyword", 85}}));
}

}  // namespace
}  // namespace pyconv
