// --emit-tests: what is written where, and that a hand-edited test is never replaced.
#include "ToolHarness.hpp"

namespace pyconv::testing {
namespace {

class EmitTests : public ToolTest {};

const char* kModel =
    "from mindone.transformers.modeling_utils import PreTrainedModel\n"
    "class FooPreTrainedModel(PreTrainedModel):\n    config: FooConfig\n"
    "class FooModel(FooPreTrainedModel):\n    pass\n"
    "class FooForCausalLM(FooPreTrainedModel):\n    pass\n";

TEST_F(EmitTests, WritesOneTestPerModelFileAndTheSupportModules) {
  file("out/models/foo/modeling_foo.py", kModel);
  file("out/models/foo/configuration_foo.py", "class FooConfig:\n    pass\n");
  const auto r = run("--emit-tests " + (dir_ / "parity").string() + " " + (dir_ / "out").string());
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.err.find("1 parity test file"), std::string::npos) << r.err;
  const std::string test = slurp(dir_ / "parity/test_modeling_foo.py");
  EXPECT_NE(test.find("CONVERTED = \"../out/models/foo/modeling_foo.py\""), std::string::npos) << test;
  EXPECT_NE(test.find("TORCH_MODULE = \"transformers.models.foo.modeling_foo\""), std::string::npos) << test;
  EXPECT_NE(test.find("CONFIG = \"FooConfig\""), std::string::npos) << test;
  EXPECT_NE(test.find("MODEL_CLASSES = [\"FooModel\", \"FooForCausalLM\"]"), std::string::npos) << test;
  EXPECT_TRUE(fs::exists(dir_ / "parity/pyconv_parity.py"));
  EXPECT_TRUE(fs::exists(dir_ / "parity/pyconv_cpu_standins.py"));
  EXPECT_TRUE(fs::exists(dir_ / "parity/pyconv_cpu_standins_more.py"));
  EXPECT_TRUE(fs::exists(dir_ / "parity/pyconv_tiny_config.py"));
  EXPECT_TRUE(fs::exists(dir_ / "parity/pyconv_tiny_config_fields.py"));
  EXPECT_TRUE(fs::exists(dir_ / "parity/pyconv_documented_inputs.py"));
  EXPECT_TRUE(fs::exists(dir_ / "parity/pyconv_parity_inputs.py"));
  EXPECT_FALSE(fs::exists(dir_ / "parity/test_configuration_foo.py"));
}

TEST_F(EmitTests, RegeneratesItsOwnFilesButKeepsHandEdits) {
  file("out/models/foo/modeling_foo.py", kModel);
  const std::string args = "--emit-tests " + (dir_ / "parity").string() + " " + (dir_ / "out").string();
  ASSERT_EQ(run(args).exitCode, 0);
  const fs::path test = dir_ / "parity/test_modeling_foo.py";
  // The tool's own, unedited output follows the source: a new head appears.
  file("out/models/foo/modeling_foo.py", std::string(kModel) + "class FooForMaskedLM(FooPreTrainedModel):\n    pass\n");
  ASSERT_EQ(run(args).exitCode, 0);
  EXPECT_NE(slurp(test).find("\"FooForMaskedLM\"]"), std::string::npos);
  // An edited file is a person's: kept, with a note.
  const std::string edited = slurp(test) + "# my extra check\n";
  write(test, edited);
  file("out/models/foo/modeling_foo.py", kModel);
  const auto r = run(args);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(test), edited);
  EXPECT_NE(r.err.find("edited by hand"), std::string::npos) << r.err;
}

TEST_F(EmitTests, TreeModeEmitsForTheConvertedDestination) {
  file("in/models/foo/modeling_foo.py",
       "import torch\nfrom torch import nn\nfrom ...modeling_utils import PreTrainedModel\n\n\n"
       "class FooPreTrainedModel(PreTrainedModel):\n    config: FooConfig\n\n\n"
       "class FooModel(FooPreTrainedModel):\n    def forward(self, x):\n        return torch.cat([x, x])\n");
  const auto r = run("--src-root " + (dir_ / "in").string() + " --dst-root " + (dir_ / "out").string() +
                     " --emit-tests " + (dir_ / "parity").string());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  const std::string test = slurp(dir_ / "parity/test_modeling_foo.py");
  // The test names the converted file, not the torch source.
  EXPECT_NE(test.find("CONVERTED = \"../out/models/foo/modeling_foo.py\""), std::string::npos) << test;
  EXPECT_NE(test.find("MODEL_CLASSES = [\"FooModel\"]"), std::string::npos) << test;
  EXPECT_NE(slurp(dir_ / "out/models/foo/modeling_foo.py").find("def construct"), std::string::npos);
}

TEST_F(EmitTests, FileOutsideTheModelsLayoutGetsNoTest) {
  file("loose/modeling_foo.py", kModel);
  const auto r = run("--emit-tests " + (dir_ / "parity").string() + " " + (dir_ / "loose").string());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.err.find("0 parity test files"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "parity/pyconv_parity.py"));
}

TEST_F(EmitTests, UnwritableFolderIsAnError) {
  file("out/models/foo/modeling_foo.py", kModel);
  file("blocker", "a file, not a folder\n");
  const auto r = run("--emit-tests " + (dir_ / "blocker").string() + " " + (dir_ / "out").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("not a folder"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace pyconv::testing
