#include <gtest/gtest.h>

#include "fix/FixSelection.hpp"
#include "io/UnifiedDiff.hpp"

namespace pyconv {
namespace {

// Applying the net replacements to the original must give the final text, and they must cover
// no more than the lines that changed.
TEST(NetReplacements, ReproduceTheFinalTextFromTheOriginal) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a\nb\nc\n", "a\nB\nc\n"},
      {"x = a.cuda()\nm.cuda()\ny = 1\n", "x = a\ny = 1\n"},
      {"import torch\n\nx = 1\n", "import torch\nimport mindspore as ms\n\nx = 1\n"},
      {"no newline at end", "no newline at the end"},
      {"a\n", ""},
      {"", "new\n"},
      {"l1\nl2\nl3\nl4\nl5\nl6\nl7\n", "l1\nL2\nl3\nl4\nl5\nL6\nl7\nl8\n"},
      {"crlf\r\nline\r\n", "crlf\r\nLINE\r\nmore\r\n"},
  };
  for (const auto& [before, after] : cases) {
    const auto edits = netReplacements(before, after);
    EXPECT_EQ(applyEdits(before, edits), after) << "from: " << before;
  }
}

TEST(NetReplacements, AreTrimmedToTheBytesThatDiffer) {
  const auto edits = netReplacements("x = torch.ones(3).cuda()\n", "x = torch.ones(3)\n");
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].begin, 17u);
  EXPECT_EQ(edits[0].end, 24u);
  EXPECT_EQ(edits[0].replacement, "");
  EXPECT_TRUE(netReplacements("same\n", "same\n").empty());
  EXPECT_EQ(netReplacements("a\nb\nc\nd\ne\nf\ng\n", "A\nb\nc\nd\ne\nf\nG\n").size(), 2u) << "separate hunks stay separate";
}

}  // namespace
}  // namespace pyconv

namespace pyconv {
namespace {

// The review report's side-by-side view: unchanged runs collapse, a deletion and the addition after
// it share rows, and every line of both texts is accounted for exactly once.
TEST(SideBySide, PairsChangesAndCollapsesUnchangedRuns) {
  using Kind = SideBySideRow::Kind;
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += "line" + std::to_string(i) + "\n";
    after += i == 10 ? "changed10\nadded\n" : i == 15 ? "" : "line" + std::to_string(i) + "\n";
  }
  const auto rows = sideBySideRows(before, after, 1);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.front().kind, Kind::Skipped);
  EXPECT_EQ(rows.front().skipped, 8);  // lines 1-8, before the context line 9
  int oldSeen = 0, newSeen = 0;
  std::vector<std::pair<int, int>> changed;
  for (const auto& row : rows) {
    oldSeen += row.kind == Kind::Skipped ? row.skipped : row.oldLine ? 1 : 0;
    newSeen += row.kind == Kind::Skipped ? row.skipped : row.newLine ? 1 : 0;
    if (row.kind == Kind::Changed) changed.emplace_back(row.oldLine, row.newLine);
  }
  EXPECT_EQ(oldSeen, 20);
  // Skipped runs are unchanged on both sides: the new side has 20 lines, +1 added, -1 deleted.
  EXPECT_EQ(newSeen, 20);
  // line10 -> changed10 side by side, "added" alone on the new side, line15 alone on the old side.
  EXPECT_EQ(changed, (std::vector<std::pair<int, int>>{{10, 10}, {0, 11}, {15, 0}}));
  EXPECT_TRUE(sideBySideRows("same\n", "same\n", 3).empty());
}

}  // namespace
}  // namespace pyconv
