#include <gtest/gtest.h>

#include "plugin/GlobList.hpp"

namespace pyconv {
namespace {

TEST(GlobList, LastMatchingGlobDecides) {
  const GlobList globs("-*,device-*,-device-cpu, api-map");
  EXPECT_TRUE(globs.contains("device-cuda"));
  EXPECT_FALSE(globs.contains("device-cpu"));
  EXPECT_TRUE(globs.contains("api-map"));
  EXPECT_FALSE(globs.contains("api-residual"));
  EXPECT_FALSE(globs.contains("init-nn-init"));
}

TEST(GlobList, EmptyListSelectsNothing) { EXPECT_FALSE(GlobList("").contains("device-cuda")); }

TEST(GlobList, WildcardsMatchAnyRun) {
  EXPECT_TRUE(GlobList::matches("*", ""));
  EXPECT_TRUE(GlobList::matches("d*-c*a", "device-cuda"));
  EXPECT_TRUE(GlobList::matches("*cuda", "device-cuda"));
  EXPECT_FALSE(GlobList::matches("device-cud", "device-cuda"));
  EXPECT_FALSE(GlobList::matches("*-cpu", "device-cuda"));
  EXPECT_TRUE(GlobList::matches("**a*", "banana"));
}

}  // namespace
}  // namespace pyconv
