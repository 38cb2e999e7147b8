#include <gtest/gtest.h>

#include "engine/UnifiedDiff.hpp"
#include "fix/FixSelection.hpp"

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
