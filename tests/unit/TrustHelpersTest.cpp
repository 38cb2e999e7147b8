// The small helpers that stand between outside input and the tool's output: how paths are shown,
// how text becomes a Python literal, how -j is read, how outside files are read.
#include <gtest/gtest.h>
#include <thread>

#include "engine/Jobs.hpp"

namespace pyconv {
namespace {

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
