// End-to-end tests of tree mode's safety promises (README, tree mode): the summary counts only
// what was written, and nothing is written where the person did not ask for it.
#include <sys/stat.h>
#include <unistd.h>

#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class TreeSafety : public ToolTest {
 protected:
  std::string tree() {
    return "--checks=-*,device-* --src-root " + (dir_ / "in").string() + " --dst-root " + (dir_ / "out").string();
  }
};

const std::string kModel = "import torch\n\nx = torch.ones(3).cuda()\n";
const std::string kConverted = "import torch\n\nx = torch.ones(3)\n";

TEST_F(TreeSafety, TheSummaryCountsOnlyWhatWasWritten) {
  write(dir_ / "in/pkg/a.py", kModel);
  write(dir_ / "in/pkg/b.py", kModel);
  write(dir_ / "in/pkg/notes.txt", "notes\n");
  write(dir_ / "in/c.py", kModel);
  write(dir_ / "out/pkg", "a file where a folder is needed\n");
  const ToolRun r = run(tree());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(slurp(dir_ / "out/c.py"), kConverted);
  EXPECT_NE(r.err.find("; 1 file converted, 0 continued where they stand, 0 copied, 0 kept, 3 not written"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 errors"), std::string::npos) << r.err;
}

TEST_F(TreeSafety, AReadOnlyDestinationConvertsNothingAndSaysSo) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes into read-only folders";
  write(dir_ / "in/a.py", kModel);
  write(dir_ / "in/b.py", kModel);
  fs::create_directories(dir_ / "out");
  fs::permissions(dir_ / "out", fs::perms::owner_read | fs::perms::owner_exec);
  const ToolRun r = run(tree());
  fs::permissions(dir_ / "out", fs::perms::owner_all);
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("; 0 files converted, 0 continued where they stand, 0 copied, 0 kept, 2 not written"),
            std::string::npos) << r.err;
}

TEST_F(TreeSafety, PermissionsFollowTheSourceAndAHandEditedFileKeepsItsOwn) {
  write(dir_ / "in/private.py", kModel);
  write(dir_ / "in/tool.py", kModel);
  write(dir_ / "in/data.txt", "data\n");
  fs::permissions(dir_ / "in/private.py", fs::perms::owner_read | fs::perms::owner_write);
  fs::permissions(dir_ / "in/tool.py", fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec);
  fs::permissions(dir_ / "in/data.txt", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  ToolRun r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  const auto mode = [&](const char* name) { return fs::status(dir_ / "out" / name).permissions() & fs::perms::mask; };
  EXPECT_EQ(mode("private.py"), fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(mode("tool.py"), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec);
  EXPECT_EQ(mode("data.txt"), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);

  // A person's file that the run rewrites where it stands keeps the mode they gave it.
  write(dir_ / "out/private.py", kModel + "# mine\n");
  fs::permissions(dir_ / "out/private.py", fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/private.py"), kConverted + "# mine\n");
  EXPECT_EQ(mode("private.py"), fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
}

}  // namespace
