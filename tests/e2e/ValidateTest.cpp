// --validate: one verdict per file, its exit codes, JSON, and the import check through --python
// (a stand-in interpreter here; tests/python/test_validate.py uses the real environment).
#include <sys/stat.h>

#include "ToolHarness.hpp"

namespace pyconv::testing {
namespace {

class Validate : public ToolTest {
 protected:
  // An executable that ignores its arguments, prints `output` and exits with `code`.
  std::string fakePython(const std::string& name, const std::string& output, int code) {
    const fs::path path = file(name, "#!/bin/sh\necho 'chatter from the packages'\necho '" + output + "'\nexit " +
                                         std::to_string(code) + "\n");
    ::chmod(path.c_str(), 0755);
    return path.string();
  }
};

const char* kClean = "import mindspore as ms\nfrom mindspore import mint\n\n\ndef f(x):\n    return mint.cat((x, x))\n";

TEST_F(Validate, CleanFileIsValidAndExitsZero) {
  const auto path = file("ok.py", kClean);
  const auto r = run("--validate " + path.string());
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("ok.py: valid"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("imports not checked"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(path), kClean);  // nothing written
}

TEST_F(Validate, EachFailureIsNamed) {
  const auto torch = file("torch_left.py", "import torch\n\n\ndef f(x):\n    return torch.kthvalue(x, 2)\n");
  const auto fixable = file("fixable.py", "import torch\n\n\ndef f(x):\n    return torch.cat((x, x))\n");
  const auto unknown = file("unknown.py", "from mindspore import mint\n\n\ndef f(x):\n    return mint.nope(x)\n");
  const auto broken = file("broken.py", "def f(:\n    pass\n");
  const std::string before = slurp(fixable);
  const auto r = run("--validate " + dir_.string());
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.out.find("torch_left.py: NOT VALID: 1 torch reference left"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("fixable.py: NOT VALID: 1 torch reference left; 2 fixes still to apply"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("unknown.py: NOT VALID: 1 unknown MindSpore name"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("broken.py: NOT VALID: 1 syntax error"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("'mindspore.mint.nope' does not exist"), std::string::npos) << r.out;  // the findings too
  EXPECT_NE(r.err.find("validated 4 files: 0 valid, 4 not valid"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(fixable), before);
}

TEST_F(Validate, ImportOutcomesFromThePython) {
  const auto path = file("ok.py", kClean);
  auto r = run("--validate --python " + fakePython("good", "imported", 0) + " " + path.string());
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("ok.py: valid (parses, no torch left, known MindSpore names, nothing to fix, imports without torch)"),
            std::string::npos) << r.out;
  r = run("--validate --python " + fakePython("torchy", "imported; torch loaded", 0) + " " + path.string());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.out.find("ok.py: NOT VALID: importing it loads torch\n"), std::string::npos) << r.out;
  // The check script names the module that imported torch: the verdict passes it on.
  r = run("--validate --python " + fakePython("torchy-by", "imported; torch loaded by sibling_helpers", 0) + " " + path.string());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.out.find("ok.py: NOT VALID: importing it loads torch (by sibling_helpers)"), std::string::npos) << r.out;
  r = run("--validate --python " + fakePython("failing", "import failed: ModuleNotFoundError: No module named x", 3) +
          " " + path.string());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.out.find("ok.py: NOT VALID: import failed: ModuleNotFoundError: No module named x"), std::string::npos)
      << r.out;
  r = run("--validate --python " + (dir_ / "no-such-python").string() + " " + path.string());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.out.find("NOT VALID: cannot run"), std::string::npos) << r.out;
}

TEST_F(Validate, EnvironmentVariableNamesThePython) {
  const auto path = file("ok.py", kClean);
  const std::string python = fakePython("torchy", "imported; torch loaded", 0);
  ToolRun viaEnv{};
  {
    const std::string command = "PYCONV_VALIDATION_PYTHON=" + python + " " + std::string(PYCONV_TIDY) +
                                " --validate " + path.string() + " >" + (dir_ / "o").string() + " 2>&1";
    const int status = std::system(command.c_str());
    viaEnv.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    viaEnv.out = slurp(dir_ / "o");
  }
  EXPECT_EQ(viaEnv.exitCode, 1) << viaEnv.out;
  EXPECT_NE(viaEnv.out.find("importing it loads torch"), std::string::npos) << viaEnv.out;
}

TEST_F(Validate, JsonHasVerdictsAndFindings) {
  file("unknown.py", "from mindspore import mint\n\n\ndef f(x):\n    return mint.nope(x)\n");
  const auto r = run("--validate --output-format=json " + dir_.string());
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.out.find("\"files\": ["), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"unknownMindSporeNames\": 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"valid\": false"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"check\": \"api-unknown-name\""), std::string::npos) << r.out;
}

TEST_F(Validate, RefusesAConfigurationThatDisablesWhatItCounts) {
  const auto path = file("ok.py", kClean);
  file(".pyconv-tidy", "Checks: '-api-residual'\n");
  const auto r = run("--validate " + path.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--validate needs the check 'api-residual'"), std::string::npos) << r.err;
}

TEST_F(Validate, RefusesOptionsThatWouldWrite) {
  const auto path = file("ok.py", kClean);
  const auto r = run("--validate --fix " + path.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--validate runs every check and writes nothing"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace pyconv::testing
