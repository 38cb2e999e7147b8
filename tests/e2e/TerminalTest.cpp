// On a terminal (a pseudo-terminal made by util-linux's `script`): progress on stderr while the
// workers run, cleared before the findings, and colour in the findings; neither when the output
// is not a terminal or with --quiet / --color=never.
#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class Terminal : public ToolTest {
 protected:
  // The tool's output as a terminal receives it (stdout and stderr together).
  std::string onTerminal(const std::string& args) {
    const auto log = dir_ / "terminal.log";
    const std::string command = "script -qec '" + std::string(PYCONV_TIDY) + " " + args + "' " + log.string() + " >/dev/null";
    EXPECT_NE(std::system(command.c_str()), -1);
    return slurp(log);
  }
};

const std::string kModel = "import torch\n\nx = torch.ones(3).cuda()\n";

TEST_F(Terminal, ProgressAndColourOnATerminalOnly) {
  const auto a = file("a.py", kModel), b = file("b.py", kModel);
  const std::string shown = onTerminal("--checks=-*,device-cuda " + a.string() + " " + b.string());
  EXPECT_NE(shown.find("pyconv-tidy: 2/2 files"), std::string::npos) << shown;
  EXPECT_NE(shown.find("\x1b[35mwarning:"), std::string::npos) << shown;
  const ToolRun piped = run("--checks=-*,device-cuda " + a.string() + " " + b.string());
  EXPECT_EQ(piped.err.find("files,"), std::string::npos) << piped.err;
  EXPECT_EQ(piped.out.find('\x1b'), std::string::npos) << piped.out;
}

TEST_F(Terminal, QuietAndColorNeverTurnThemOff) {
  const auto a = file("a.py", kModel);
  const std::string shown = onTerminal("--quiet --color=never --checks=-*,device-cuda " + a.string());
  EXPECT_EQ(shown.find("files,"), std::string::npos) << shown;
  EXPECT_EQ(shown.find('\x1b'), std::string::npos) << shown;
  EXPECT_NE(shown.find("[device-cuda]"), std::string::npos) << shown;
  EXPECT_NE(run("--color=always --checks=-*,device-cuda " + a.string()).out.find("\x1b[35mwarning:"), std::string::npos);
  EXPECT_EQ(run("--color=sometimes " + a.string()).exitCode, 2);
}

}  // namespace
