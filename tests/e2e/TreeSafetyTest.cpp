// End-to-end tests of tree mode's safety promises (README, tree mode): the summary counts only
// what was written, and nothing is written where the person did not ask for it.
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class TreeSafety : public ToolTest {
 protected:
  std::string tree() {
    return "--checks=-*,device-* --src-root " + (dir_ / "in").string() + " --dst-root " + (dir_ / "out").string();
  }
  // Starts the tool without waiting for it (behind `launcher`, e.g. setpriv); finish() collects
  // it like run() does.
  pid_t spawn(const std::string& args, const std::string& launcher = "") {
    const std::string command = "exec " + launcher + std::string(PYCONV_TIDY) + " " + args + " >" +
                                (dir_ / ".stdout").string() + " 2>" + (dir_ / ".stderr").string();
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    return pid;
  }
  ToolRun finish(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    ToolRun result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir_ / ".stdout"), slurp(dir_ / ".stderr")};
    fs::remove(dir_ / ".stdout");
    fs::remove(dir_ / ".stderr");
    return result;
  }
};

std::string fmt(const char* pattern, int i) {
  char name[64];
  std::snprintf(name, sizeof name, pattern, i);
  return name;
}

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
  // Root writes into read-only folders: as root, the tool runs as nobody instead.
  std::string launcher;
  if (::geteuid() == 0) {
    if (!fs::exists("/usr/bin/setpriv")) GTEST_SKIP() << "root writes into read-only folders";
    launcher = "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  write(dir_ / "in/a.py", kModel);
  write(dir_ / "in/b.py", kModel);
  fs::create_directories(dir_ / "out");
  fs::permissions(dir_ / "out", fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                    fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  const ToolRun r = finish(spawn(tree(), launcher));
  fs::permissions(dir_ / "out", fs::perms::owner_all);
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("; 0 files converted, 0 continued where they stand, 0 copied, 0 kept, 2 not written (see the "
                       "errors above); 0 fixes applied"),
            std::string::npos) << r.err;
  EXPECT_TRUE(fs::is_empty(dir_ / "out"));
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

  // A source whose mode alone changed: its unchanged conversion follows.
  fs::permissions(dir_ / "in/tool.py", fs::perms::owner_read | fs::perms::owner_write);
  r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(mode("tool.py"), fs::perms::owner_read | fs::perms::owner_write);

  // A person's file that the run rewrites where it stands keeps the mode they gave it.
  write(dir_ / "out/private.py", kModel + "# mine\n");
  fs::permissions(dir_ / "out/private.py", fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/private.py"), kConverted + "# mine\n");
  EXPECT_EQ(mode("private.py"), fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
}

TEST_F(TreeSafety, AHandEditMadeDuringTheRunIsNotOverwritten) {
  // a.py takes a while to convert; b.py comes after it (-j 1 keeps the order). The edit is made
  // as soon as planning has read out/b.py, so it lands while a.py is being converted.
  std::string slow = "import torch\n";
  for (int i = 0; i < 600; ++i) slow += "x" + std::to_string(i) + " = torch.ones(3).cuda()\n";
  write(dir_ / "in/a.py", slow);
  write(dir_ / "in/b.py", kModel);
  ASSERT_EQ(run(tree()).exitCode, 0);
  write(dir_ / "in/b.py", kModel + "y = 2\n");

  const int watch = ::inotify_init1(IN_CLOEXEC);
  ASSERT_GE(watch, 0);
  ASSERT_GE(::inotify_add_watch(watch, (dir_ / "out/b.py").c_str(), IN_CLOSE_NOWRITE), 0);
  const pid_t tool = spawn("-j 1 " + tree());
  pollfd ready{watch, POLLIN, 0};
  ASSERT_EQ(::poll(&ready, 1, 60000), 1) << "planning never read out/b.py";
  write(dir_ / "out/b.py", "y = 3  # hand edit\n");
  ::close(watch);
  const ToolRun r = finish(tool);
  EXPECT_EQ(r.exitCode, 2) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/b.py"), "y = 3  # hand edit\n");
  EXPECT_NE(r.err.find("out/b.py: not written: changed while pyconv-tidy was running"), std::string::npos) << r.err;

  // The next run sees a person's file and continues it where it stands.
  const ToolRun next = run(tree());
  EXPECT_EQ(next.exitCode, 0) << next.err;
  EXPECT_EQ(slurp(dir_ / "out/b.py"), "y = 3  # hand edit\n");
  EXPECT_NE(next.err.find("continued where they stand (edited by hand or not written by pyconv-tidy): b.py"),
            std::string::npos) << next.err;
}

TEST_F(TreeSafety, ALinkPutInTheDestinationDuringTheRunIsNotFollowed) {
  // As above: planning has seen out/pkg as a folder; while a.py converts it becomes a link to a
  // folder holding the very bytes planned, so only the check made when writing can refuse it.
  std::string slow = "import torch\n";
  for (int i = 0; i < 600; ++i) slow += "x" + std::to_string(i) + " = torch.ones(3).cuda()\n";
  write(dir_ / "in/a.py", slow);
  write(dir_ / "in/pkg/b.py", kModel);
  ASSERT_EQ(run(tree()).exitCode, 0);
  write(dir_ / "in/pkg/b.py", kModel + "y = 2\n");
  write(dir_ / "elsewhere/b.py", slurp(dir_ / "out/pkg/b.py"));

  const int watch = ::inotify_init1(IN_CLOEXEC);
  ASSERT_GE(watch, 0);
  ASSERT_GE(::inotify_add_watch(watch, (dir_ / "out/pkg/b.py").c_str(), IN_CLOSE_NOWRITE), 0);
  const pid_t tool = spawn("-j 1 " + tree());
  pollfd ready{watch, POLLIN, 0};
  ASSERT_EQ(::poll(&ready, 1, 60000), 1) << "planning never read out/pkg/b.py";
  fs::rename(dir_ / "out/pkg", dir_ / "out-pkg-moved");
  fs::create_directory_symlink(dir_ / "elsewhere", dir_ / "out/pkg");
  ::close(watch);
  const ToolRun r = finish(tool);
  EXPECT_EQ(r.exitCode, 2) << r.err;
  EXPECT_EQ(slurp(dir_ / "elsewhere/b.py"), slurp(dir_ / "out-pkg-moved/b.py")) << "nothing written through the link";
  EXPECT_NE(r.err.find("out/pkg/b.py: not written: " + (dir_ / "out/pkg").string() + " is a symbolic link"),
            std::string::npos) << r.err;
}

TEST_F(TreeSafety, ANameThatIsNotUtf8IsRefusedAloneAndTheManifestIsKept) {
  write(dir_ / "in/a.py", kModel);
  write(dir_ / "in/b\xff.py", kModel);
  ToolRun r = run("--output-format=json " + tree());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.out, "[]\n") << "the JSON report is still printed";
  // Printed escaped (displayPath), so the line stays one line of valid text.
  EXPECT_NE(r.err.find("b\\xff.py: not converted: the file name is not valid UTF-8"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("manifest not written"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "out/b\xff.py"));
  EXPECT_NE(slurp(dir_ / "out/.pyconv-tidy-manifest.json").find("\"a.py\""), std::string::npos);

  // a.py is still the tool's: a change of its source reaches it.
  write(dir_ / "in/a.py", kModel + "y = 2\n");
  r = run("--output-format=json " + tree());
  EXPECT_EQ(slurp(dir_ / "out/a.py"), kConverted + "y = 2\n") << r.err;
}

TEST_F(TreeSafety, FilesWrittenBeforeTheRunWasKilledAreStillTheTools) {
  for (int i = 0; i < 40; ++i) {
    std::string body = "import torch\n";
    for (int line = 0; line < 100; ++line) body += "x" + std::to_string(line) + " = torch.ones(3).cuda()\n";
    write(dir_ / "in" / fmt("m%03d.py", i), body);
  }
  fs::create_directories(dir_ / "out");
  const int watch = ::inotify_init1(IN_CLOEXEC);
  ASSERT_GE(watch, 0);
  ASSERT_GE(::inotify_add_watch(watch, (dir_ / "out").c_str(), IN_MOVED_TO), 0);
  const pid_t tool = spawn("-j 1 " + tree());
  // Two files renamed into place: the first one's record is surely made (-j 1 is in order).
  int renamed = 0;
  alignas(inotify_event) char events[4096];
  while (renamed < 2) {
    pollfd ready{watch, POLLIN, 0};
    ASSERT_EQ(::poll(&ready, 1, 60000), 1);
    const ssize_t n = ::read(watch, events, sizeof events);
    for (ssize_t at = 0; at < n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(events + at);
      renamed += event->len && std::string(event->name).ends_with(".py") ? 1 : 0;
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
    }
  }
  ::kill(tool, SIGKILL);
  ::close(watch);
  finish(tool);
  ASSERT_FALSE(fs::exists(dir_ / "out/m039.py")) << "the run ended before it was killed";

  write(dir_ / "in/m000.py", "y = 2\n");
  const ToolRun r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/m000.py"), "y = 2\n") << "converted again from its source, not continued";
  EXPECT_EQ(r.err.find((dir_ / "out/m000.py").string() + ": note: edited by hand"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "out/.pyconv-tidy-manifest.journal")) << "folded into the manifest";
}

TEST_F(TreeSafety, ATemporaryLeftByAKilledRunIsRemovedByTheNext) {
  write(dir_ / "in/pkg/a.py", kModel);
  write(dir_ / "out/pkg/.a.py.pyconv-Ab12Z9", "half of a file\n");
  write(dir_ / "out/pkg/.a.py.pyconv-keep", "not the tool's name pattern\n");
  const ToolRun r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "out/pkg/.a.py.pyconv-Ab12Z9"));
  EXPECT_NE(r.err.find("out/pkg/.a.py.pyconv-Ab12Z9: note: removed a temporary file left by an interrupted run"),
            std::string::npos) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/pkg/.a.py.pyconv-keep"), "not the tool's name pattern\n");
}

TEST_F(TreeSafety, SigtermDuringAWriteLeavesNoTemporary) {
  // A large file to copy: SIGTERM arrives while its temporary is being written.
  write(dir_ / "in/big.bin", std::string(64 << 20, 'x'));
  fs::create_directories(dir_ / "out");
  const int watch = ::inotify_init1(IN_CLOEXEC);
  ASSERT_GE(watch, 0);
  ASSERT_GE(::inotify_add_watch(watch, (dir_ / "out").c_str(), IN_CREATE), 0);
  const pid_t tool = spawn(tree());
  pollfd ready{watch, POLLIN, 0};
  ASSERT_EQ(::poll(&ready, 1, 60000), 1);
  ::kill(tool, SIGTERM);
  ::close(watch);
  const ToolRun r = finish(tool);
  EXPECT_EQ(r.exitCode, -1) << "killed by the signal";
  for (const auto& e : fs::directory_iterator(dir_ / "out")) {
    EXPECT_FALSE(e.path().filename().string().starts_with(".big.bin.pyconv-")) << "left behind: " << e.path();
  }
}

}  // namespace
