// The conversion's accounting follows what checks declare (CheckSpec::metrics and ::verdict), not a
// package or check the engine knows: a test check that counts numpy uses gets its own rate line,
// its own removed count and its own part of --validate's verdict, next to torch's from the
// built-in checks; a declared verdict check must be enabled for --validate.
#include "ToolHarness.hpp"

namespace pyconv::testing {
namespace {

class Accounting : public ToolTest {};

const char* kNumpy = "import numpy as np\n\n\ndef f(x):\n    y = np.asarray(x)\n    return np.zeros(3) + y\n";

TEST_F(Accounting, ADeclaredCountGetsItsOwnRateAndRemovals) {
  const auto path = file("m.py", kNumpy);
  const auto r = run(withTestPlugin("--checks=-*,test-count-numpy --fix " + path.string()));
  EXPECT_EQ(r.exitCode, 1) << r.err;  // np.zeros is left
  EXPECT_NE(slurp(path).find("    y = x\n"), std::string::npos) << slurp(path);
  EXPECT_NE(r.err.find("pyconv-tidy: numpy uses: 2 found (0 in annotations), 1 left (0 in annotations): 50.0% gone "
                       "(0 converted, 1 removed with numpy plumbing)\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("torch uses"), std::string::npos) << "api-residual is not enabled: " << r.err;
}

TEST_F(Accounting, TwoCountedPackagesEachHaveTheirLine) {
  const auto path = file("m.py", std::string("import torch\n") + kNumpy + "\n\ndef g(t):\n    return torch.kthvalue(t, 2)\n");
  const auto r = run(withTestPlugin("--checks=-*,test-count-numpy,api-residual " + path.string()));
  EXPECT_NE(r.err.find("pyconv-tidy: numpy uses: 2 found"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("pyconv-tidy: torch uses: 1 found"), std::string::npos) << r.err;
}

TEST_F(Accounting, ValidateReadsDeclaredPartsOnly) {
  const auto path = file("m.py", "from mindspore import mint\nimport numpy as np\n\nMARKER = np.zeros(3)\n");
  auto r = run(withTestPlugin("--validate --output-format=json " + path.string()));
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.out.find("\"numpyLeft\": 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"torchLeft\": 0"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"markers\": 1"), std::string::npos) << r.out;
  r = run(withTestPlugin("--validate " + path.string()));
  EXPECT_NE(r.out.find("m.py: NOT VALID: 1 numpy reference left; 1 marker"), std::string::npos) << r.out;
  const auto clean = file("clean.py", "from mindspore import mint\n\n\ndef f(x):\n    return mint.cat((x, x))\n");
  r = run(withTestPlugin("--validate " + clean.string()));
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("clean.py: valid (parses, no torch left, no numpy left, known MindSpore names, no markers, "
                       "nothing to fix"),
            std::string::npos)
      << r.out;
  const auto config = file("no-marker.yaml", "Checks: '*,-test-marker-verdict'\n");
  r = run(withTestPlugin("--validate --config-file " + config.string() + " " + clean.string()));
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.err, "pyconv-tidy: error: --validate needs the check 'test-marker-verdict', which the configuration disables\n");
}

}  // namespace
}  // namespace pyconv::testing
