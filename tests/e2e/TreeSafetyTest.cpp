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

TEST_F(TreeSafety, ALinkedFolderInTheDestinationIsNeverWrittenThrough) {
  write(dir_ / "in/pkg/a.py", kModel);
  write(dir_ / "in/pkg/notes.txt", "notes\n");
  write(dir_ / "in/b.py", kModel);
  fs::create_directories(dir_ / "elsewhere");
  fs::create_directories(dir_ / "out");
  fs::create_directory_symlink(dir_ / "elsewhere", dir_ / "out/pkg");
  const ToolRun r = run(tree());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(fs::is_empty(dir_ / "elsewhere")) << "nothing is written outside the destination";
  for (const char* name : {"a.py", "notes.txt"}) {
    EXPECT_NE(r.err.find("out/pkg/" + std::string(name) + ": not written: " + (dir_ / "out/pkg").string() +
                         " is a symbolic link"), std::string::npos) << r.err;
  }
  EXPECT_EQ(slurp(dir_ / "out/b.py"), kConverted) << "the other files are still converted";
  EXPECT_TRUE(fs::is_symlink(dir_ / "out/pkg"));

  // A linked file in the destination is not replaced either (nor read as the person's work).
  fs::remove(dir_ / "out/pkg");
  write(dir_ / "elsewhere/target.py", "mine\n");
  fs::create_directories(dir_ / "out/pkg");
  fs::create_symlink(dir_ / "elsewhere/target.py", dir_ / "out/pkg/a.py");
  const ToolRun again = run(tree());
  EXPECT_EQ(again.exitCode, 2);
  EXPECT_NE(again.err.find("out/pkg/a.py: not written: " + (dir_ / "out/pkg/a.py").string() + " is a symbolic link"),
            std::string::npos) << again.err;
  EXPECT_EQ(slurp(dir_ / "elsewhere/target.py"), "mine\n");
  EXPECT_EQ(slurp(dir_ / "out/pkg/notes.txt"), "notes\n");
}

TEST_F(TreeSafety, LinksInTheSourceAreSkippedAndNamed) {
  write(dir_ / "secret/key.txt", "outside the source\n");
  write(dir_ / "in/a.py", kModel);
  fs::create_symlink(dir_ / "secret/key.txt", dir_ / "in/key.txt");
  fs::create_symlink(dir_ / "in/a.py", dir_ / "in/alias.py");
  fs::create_directory_symlink(dir_ / "secret", dir_ / "in/secrets");
  fs::create_symlink(dir_ / "in/nowhere.py", dir_ / "in/dangling.py");
  const ToolRun r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/a.py"), kConverted);
  for (const char* name : {"key.txt", "alias.py", "secrets", "dangling.py"}) {
    EXPECT_FALSE(fs::exists(fs::symlink_status(dir_ / "out" / name))) << name;
    EXPECT_NE(r.err.find((dir_ / "in" / name).string() + ": note: symbolic link skipped"), std::string::npos)
        << name << ": " << r.err;
  }
  EXPECT_NE(r.err.find(", 4 symbolic links skipped"), std::string::npos) << r.err;
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
