// End-to-end tests of what the tool accepts from outside: command-line numbers, output paths,
// plugin files, special files and hostile file names. Each bad input gets one error line and exit
// code 2; nothing hangs (every run here is under `timeout`, so a regression fails instead).
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>

#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

const std::string kModel = "import torch\n\nx = torch.ones(3).cuda()\n";
const std::string kTimeout = "timeout 60 ";

int lines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

class Trust : public ToolTest {
 protected:
  ToolRun guarded(const std::string& args) { return run(args, kTimeout); }
  void expectOneErrorLine(const ToolRun& r, const std::string& expected) {
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_EQ(r.err.rfind("pyconv-tidy: error: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
  }
  fs::path fifo(const std::string& name) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    EXPECT_EQ(::mkfifo(path.c_str(), 0600), 0);
    return path;
  }
};

// Item: -j is validated, and 0 means one worker per core.
TEST_F(Trust, JobsMustBeAWholeNumberInRangeAndZeroMeansEveryCore) {
  const auto path = file("m.py", kModel);
  for (const std::string bad : {"-1", "-5", "99999999999", "4294967295", "two", "1.5", "''"}) {
    const ToolRun r = guarded("-j " + bad + " " + path.string());
    EXPECT_EQ(r.exitCode, 2) << bad << ": " << r.err;
    EXPECT_EQ(lines(r.err), 1) << bad << ": " << r.err;
    EXPECT_EQ(r.err.rfind("pyconv-tidy: error: ", 0), 0u) << r.err;
  }
  const ToolRun one = guarded("-j 1 " + path.string());
  const ToolRun cores = guarded("-j 0 " + path.string());
  EXPECT_EQ(cores.exitCode, 1) << cores.err;
  EXPECT_EQ(cores.out, one.out);
  EXPECT_NE(run("--help").out.find("0 for one per core"), std::string::npos);
}

}  // namespace
