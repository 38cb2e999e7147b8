// End-to-end tests of tree mode (--src-root/--dst-root), -j, JSON output, --explain and bad
// inputs, running the built binary.
#include <sys/stat.h>

#include <algorithm>

#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class Program : public ToolTest {
 protected:
  // The device family only: these tests are about tree mode, not about the api rules.
  std::string tree() {
    return "--checks=-*,device-* --src-root " + (dir_ / "in").string() + " --dst-root " + (dir_ / "out").string();
  }
};

// `first_device` only looks like a device: dropping `.to(first_device)` is an Unsafe fix.
const std::string kModel = "import torch\n\nx = torch.ones(3).cuda()\ny = x.to(first_device)\n";
const std::string kConverted = "import torch\n\nx = torch.ones(3)\ny = x\n";

TEST_F(Program, TreeModeKeepsHandEditsAcrossRuns) {
  write(dir_ / "in/pkg/model.py", kModel);
  write(dir_ / "in/pkg/other.py", "m.cuda()\n");
  write(dir_ / "in/pkg/README.txt", "notes\n");
  write(dir_ / "in/.git/config", "never copied\n");

  // Run 1: everything is new.
  ToolRun r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/pkg/model.py"), kConverted) << "tree mode applies Unsafe fixes too";
  EXPECT_NE(r.err.find("note: applied unsafe fix"), std::string::npos) << "and lists them: " << r.err;
  EXPECT_EQ(slurp(dir_ / "out/pkg/other.py"), "");
  EXPECT_EQ(slurp(dir_ / "out/pkg/README.txt"), "notes\n");
  EXPECT_FALSE(fs::exists(dir_ / "out/.git"));
  EXPECT_TRUE(fs::exists(dir_ / "out/.pyconv-tidy-manifest.json"));

  // A person edits one output; the source of both files changes.
  write(dir_ / "out/pkg/model.py", "import torch\n\n# hand edit\nx = torch.ones(3)\nz = w.cuda()\n");
  write(dir_ / "in/pkg/model.py", kModel + "q = 1\n");
  write(dir_ / "in/pkg/other.py", "m.cuda()\nn = 2\n");

  // Run 2: the edited file is continued where it stands; the untouched one follows its source.
  r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/pkg/model.py"), "import torch\n\n# hand edit\nx = torch.ones(3)\nz = w\n");
  EXPECT_EQ(slurp(dir_ / "out/pkg/other.py"), "n = 2\n");
  EXPECT_NE(r.err.find("continued where they stand (edited by hand or not written by pyconv-tidy): pkg/model.py"),
            std::string::npos) << r.err;

  // Run 3: still the person's file; nothing of it is replaced from the source.
  r = run(tree());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/pkg/model.py"), "import torch\n\n# hand edit\nx = torch.ones(3)\nz = w\n");
  EXPECT_NE(r.err.find("1 continued"), std::string::npos) << r.err;

  // A destination file deleted by the person is converted again from its source.
  fs::remove(dir_ / "out/pkg/model.py");
  EXPECT_EQ(run(tree()).exitCode, 0);
  EXPECT_EQ(slurp(dir_ / "out/pkg/model.py"), kConverted + "q = 1\n");
}

// --diff with --src-root/--dst-root: the diff of what the run would write, relative to the
// destination (git apply reproduces the run's .py files), and nothing written, the manifest neither.
TEST_F(Program, TreeModeDryRunWritesNothingAndItsDiffIsTheRun) {
  write(dir_ / "in/pkg/model.py", kModel);
  write(dir_ / "in/pkg/README.txt", "notes\n");
  ToolRun r = run(tree() + " --diff");
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "out")) << "a dry run creates nothing";
  EXPECT_NE(r.out.find("--- /dev/null\n+++ b/pkg/model.py\n"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("pkg/README.txt: note: would be copied"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("dry run, nothing written: 1 file would be converted"), std::string::npos) << r.err;
  write(dir_ / "first.diff", r.out);
  fs::create_directories(dir_ / "applied");
  ASSERT_EQ(std::system(("cd " + (dir_ / "applied").string() + " && git apply " + (dir_ / "first.diff").string()).c_str()), 0);
  EXPECT_EQ(slurp(dir_ / "applied/pkg/model.py"), kConverted);

  // After the real run, and a person's edit: the dry run shows only what continuing would change.
  ASSERT_EQ(run(tree()).exitCode, 0);
  const std::string manifest = slurp(dir_ / "out/.pyconv-tidy-manifest.json");
  write(dir_ / "out/pkg/model.py", kConverted + "z = w.cuda()\n");
  r = run(tree() + " --diff");
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(r.out, "--- a/pkg/model.py\n+++ b/pkg/model.py\n@@ -2,4 +2,4 @@ import torch\n \n x = torch.ones(3)\n y = x\n-z = w.cuda()\n+z = w\n");
  EXPECT_EQ(slurp(dir_ / "out/pkg/model.py"), kConverted + "z = w.cuda()\n") << "the dry run wrote nothing";
  EXPECT_EQ(slurp(dir_ / "out/.pyconv-tidy-manifest.json"), manifest);
  EXPECT_FALSE(fs::exists(dir_ / "out/.pyconv-tidy-manifest.journal"));
  // Nothing left to do: exit 0 and an empty diff.
  ASSERT_EQ(run(tree()).exitCode, 0);
  r = run(tree() + " --diff");
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(run(tree() + " --fix").exitCode, 2);
  EXPECT_EQ(run(tree() + " --diff --emit-tests " + (dir_ / "t").string()).exitCode, 2);
}

TEST_F(Program, TreeModeSafeOnlyAndTheSeedSpelling) {
  write(dir_ / "in/model.py", kModel);
  const ToolRun r = run("--checks=-*,device-* --safe-only --src_root " + (dir_ / "in").string() + " --dst_root " + (dir_ / "out").string());
  EXPECT_EQ(r.exitCode, 1) << "the Unsafe finding remains: " << r.err;
  EXPECT_EQ(slurp(dir_ / "out/model.py"), "import torch\n\nx = torch.ones(3)\ny = x.to(first_device)\n");
}

TEST_F(Program, TreeModeRefusesBadRootsWithOneLine) {
  write(dir_ / "in/a.py", "x = 1\n");
  write(dir_ / "file", "not a folder\n");
  ToolRun r = run("--src-root " + (dir_ / "in").string() + " --dst-root " + (dir_ / "file").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("exists and is not a folder"), std::string::npos) << r.err;
  r = run("--src-root " + (dir_ / "in").string() + " --dst-root " + (dir_ / "in/sub").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("must not contain each other"), std::string::npos) << r.err;
  r = run("--src-root " + (dir_ / "in").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(slurp(dir_ / "file"), "not a folder\n");
}

TEST_F(Program, TreeModeDestinationThatCannotBeWrittenLosesNothing) {
  write(dir_ / "in/pkg/a.py", kModel);
  write(dir_ / "in/b.py", "m.cuda()\n");
  write(dir_ / "out/pkg", "a file where a folder is needed\n");
  const ToolRun r = run(tree());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("out/pkg/a.py: not written"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/pkg"), "a file where a folder is needed\n");
  EXPECT_EQ(slurp(dir_ / "in/pkg/a.py"), kModel) << "the source is untouched";
  EXPECT_EQ(slurp(dir_ / "out/b.py"), "") << "the other files are still converted";
  for (const auto& e : fs::recursive_directory_iterator(dir_ / "out")) {
    const std::string name = e.path().filename().string();
    EXPECT_TRUE(name == ".pyconv-tidy-manifest.json" || name.find(".pyconv-") == std::string::npos)
        << "temporary left: " << e.path();
  }
}

TEST_F(Program, ACorruptManifestStopsTheRunBeforeAnythingIsWritten) {
  write(dir_ / "in/a.py", kModel);
  write(dir_ / "out/a.py", "hand work\n");
  write(dir_ / "out/.pyconv-tidy-manifest.json", "{not json");
  const ToolRun r = run(tree());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("corrupt manifest"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/a.py"), "hand work\n") << "guessing could overwrite hand edits: nothing is written";
}

TEST_F(Program, OutputIsTheSameForEveryJobCount) {
  for (int i = 0; i < 40; ++i) write(dir_ / "in" / ("m" + std::to_string(i) + ".py"), i % 3 ? kModel : "x = 1\n");
  write(dir_ / "in/bad.py", "x = '\xff'\n");
  const ToolRun one = run("-j 1 " + (dir_ / "in").string());
  const ToolRun two = run("-j 2 " + (dir_ / "in").string());
  const ToolRun eight = run("--jobs 8 " + (dir_ / "in").string());
  EXPECT_EQ(one.exitCode, 2);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.err, two.err);
  EXPECT_EQ(one.out, eight.out);
  EXPECT_EQ(one.err, eight.err);
  EXPECT_FALSE(one.out.empty());
}

TEST_F(Program, JsonOutputHasOneRecordPerDiagnostic) {
  write(dir_ / "m.py", kModel);
  const ToolRun r = run("--checks=-*,device-cuda,device-to --output-format=json " + (dir_ / "m.py").string());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.out.front(), '[');
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '{') - std::count(r.out.begin(), r.out.end(), '}'), 0);
  EXPECT_NE(r.out.find("\"check\": \"device-cuda\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"applicability\": \"unsafe\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"applicability\": \"safe\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"start\": {\n      \"column\": 19,\n      \"line\": 3\n    }"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"byteRange\": [\n      32,\n      36\n    ]"), std::string::npos) << r.out;
  EXPECT_EQ(run("--output-format=xml " + (dir_ / "m.py").string()).exitCode, 2);
}

TEST_F(Program, ExplainPrintsTheChecksDocumentation) {
  const ToolRun r = run("--explain device-cuda");
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.out.rfind("# device-cuda\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("## Fix safety"), std::string::npos);
  EXPECT_EQ(run("--explain no-such-check").exitCode, 2);
}

TEST_F(Program, EmptyDirectoryNamedPyAndSyntaxErrorFiles) {
  write(dir_ / "empty.py", "");
  fs::create_directories(dir_ / "folder.py");
  write(dir_ / "broken.py", "def f(:\n    x.cuda()\ny = z.cuda()\n");
  ToolRun r = run("--fix " + (dir_ / "empty.py").string() + " " + (dir_ / "broken.py").string());
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(slurp(dir_ / "empty.py"), "");
  EXPECT_EQ(slurp(dir_ / "broken.py"), "def f(:\n    x.cuda()\ny = z.cuda()\n");
  r = run("--fix --fix-errors " + (dir_ / "broken.py").string());
  EXPECT_NE(r.out.find("fixes outside the error are applied"), std::string::npos) << r.out;
  const std::string after = slurp(dir_ / "broken.py");
  EXPECT_NE(after.find("y = z\n"), std::string::npos) << after;
  EXPECT_NE(after.find("def f(:"), std::string::npos) << "the broken part stays as it was: " << after;
  r = run((dir_ / "folder.py").string());
  EXPECT_EQ(r.exitCode, 0) << "a folder named *.py is a folder of inputs: " << r.err;
}

TEST_F(Program, StrangeFilesGetOneLineEach) {
  ::mkfifo((dir_ / "pipe.py").c_str(), 0644);
  fs::create_symlink(dir_ / "nowhere.py", dir_ / "dangling.py");
  write(dir_ / "ok.py", "m.cuda()\n");
  const ToolRun r = run("--fix " + (dir_ / "pipe.py").string() + " " + (dir_ / "dangling.py").string() + " " +
                        (dir_ / "ok.py").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("pipe.py: not a regular file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("dangling.py: no such file or directory"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(dir_ / "ok.py"), "") << "the other file is still fixed";
}

}  // namespace
