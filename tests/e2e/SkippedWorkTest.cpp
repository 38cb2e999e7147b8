// Work the engine leaves out must not change what it reports: files no enabled check can match
// are not parsed, and a fix run's last report reuses the passes it already made.
#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class SkippedWork : public ToolTest {};

// A file that holds none of the enabled checks' prefilters is not parsed: nothing is reported in
// it, not even its syntax error; --validate still parses it, and a NOLINT directive is read.
TEST_F(SkippedWork, AFileNoEnabledCheckCanMatchIsNotParsedExceptToValidate) {
  const auto broken = file("broken.py", "x = [1\n");  // no byte string any check looks for
  ToolRun r = run(broken.string());
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("[pyconv-syntax]"), std::string::npos) << r.out;
  r = run("--validate " + broken.string());
  EXPECT_NE(r.out.find("[pyconv-syntax]"), std::string::npos) << r.out;
  r = run("--checks=-*,api-forward " + file("other.py", "def f(:\n    return 1\n").string());
  EXPECT_EQ(r.out.find("[pyconv-syntax]"), std::string::npos) << "one check, no 'forward': " << r.out;
  const auto named = file("named.py", "def forward(:\n    return 1\n");
  r = run("--checks=-*,api-forward " + named.string());
  EXPECT_NE(r.out.find("[pyconv-syntax]"), std::string::npos) << "a prefilter holds: " << r.out;
  const auto directive = file("directive.py", "x = 1  # NOLINTEND\n");
  r = run("--checks=-*,api-forward " + directive.string());
  EXPECT_NE(r.out.find("[pyconv-nolint]"), std::string::npos) << "a NOLINT directive is read: " << r.out;
}

// The findings and counts a fix run ends with come from the phases' last passes over the fixed
// text (no pass of its own): they must be what a report of the rewritten file says, NOLINT included.
TEST_F(SkippedWork, AFixRunEndsWithWhatAReportOfItsResultSays) {
  const auto path = file("m.py",
                         "import torch\nfrom torch import nn\n\n\nclass M(nn.Module):\n    def forward(self, x):\n"
                         "        y = x.cuda()  # NOLINT(device-cuda)\n        z = torch.kthvalue(x, 1)\n"
                         "        return torch.abs(y).to(\"cuda\") + z\n");
  const ToolRun fixed = run("--fix --stats " + path.string());
  ASSERT_NE(fixed.err.find("5 fixes applied"), std::string::npos) << fixed.err;
  const ToolRun report = run("--stats " + path.string());
  EXPECT_EQ(fixed.out, report.out);
  EXPECT_NE(fixed.out.find("[api-residual]"), std::string::npos) << fixed.out;
  EXPECT_NE(fixed.out.find("[device-residual]"), std::string::npos) << fixed.out;
  EXPECT_NE(fixed.err.find("), 1 left (0 in annotations)"), std::string::npos) << fixed.err;
  EXPECT_NE(report.err.find("torch uses: 1 found (0 in annotations), 1 left (0 in annotations)"), std::string::npos)
      << report.err;
}

}  // namespace
