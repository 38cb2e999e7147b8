// The small helpers that stand between outside input and the tool's output: how paths are shown,
// how text becomes a Python literal, how -j is read, how outside files are read.
#include <gtest/gtest.h>
#include <thread>

#include "engine/Display.hpp"
#include "engine/Jobs.hpp"

namespace pyconv {
namespace {

using namespace std::string_literals;

TEST(DisplayText, EscapesControlsAndBytesThatAreNotUtf8AndKeepsTheRest) {
  EXPECT_EQ(displayText("models/ü/m.py"), "models/ü/m.py");
  EXPECT_EQ(displayText("a.py\nb.py:1:1: warning: x"), "a.py\\nb.py:1:1: warning: x");
  EXPECT_EQ(displayText("\t\r\x1b[2J\x7f"), "\\t\\r\\x1b[2J\\x7f");
  EXPECT_EQ(displayText("a\0b"s), "a\\x00b");
  EXPECT_EQ(displayText("\xff\xc3"), "\\xff\\xc3");           // stray byte, truncated sequence
  EXPECT_EQ(displayText("\xc0\xaf\xed\xa0\x80"), "\\xc0\\xaf\\xed\\xa0\\x80");  // overlong, surrogate
  EXPECT_EQ(displayText("\xc2\x85x"), "\\u0085x");             // NEL, a C1 control
  EXPECT_EQ(displayText("back\\slash"), "back\\slash");
}

TEST(ParseJobs, TakesZeroToTheBoundAndNothingElse) {
  EXPECT_EQ(parseJobs("1"), 1u);
  EXPECT_EQ(parseJobs("16"), 16u);
  EXPECT_EQ(parseJobs(std::to_string(kMaxJobs)), kMaxJobs);
  EXPECT_EQ(parseJobs("0"), std::max(1u, std::thread::hardware_concurrency()));
  for (const char* bad : {"-1", "", " 1", "1 ", "1.5", "0x10", "4294967297", "99999999999999999999", "1025"}) {
    EXPECT_EQ(parseJobs(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace pyconv
