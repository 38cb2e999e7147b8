// Only torch code is converted: a file of another framework (JAX, Flax, TensorFlow, Keras) that
// imports nothing of torch gets no finding and is never rewritten, in place or in tree mode;
// a file that imports torch too is converted as usual.
#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class OtherFrameworks : public ToolTest {};

const std::string kJax =
    "import jax.numpy as jnp\nfrom flax import linen as nn\n\n\ndef positions(mask):\n"
    "    return mask.cumsum(axis=-1) - 1, jnp.zeros((2, 3))\n";
const std::string kTensorFlow = "import tensorflow as tf\n\nx = tf.zeros((2, 3))\ny = x.numpy().sum(axis=0)\n";

TEST_F(OtherFrameworks, JaxAndTensorFlowFilesAreLeftAlone) {
  const auto jax = file("modeling_flax_m.py", kJax), tf = file("modeling_tf_m.py", kTensorFlow);
  const ToolRun report = run(jax.string() + " " + tf.string());
  EXPECT_EQ(report.exitCode, 0) << report.out;
  EXPECT_EQ(report.out, "");
  EXPECT_EQ(run("--fix --unsafe-fixes " + jax.string() + " " + tf.string()).exitCode, 0);
  EXPECT_EQ(slurp(jax), kJax);
  EXPECT_EQ(slurp(tf), kTensorFlow);
}

TEST_F(OtherFrameworks, TreeModeCopiesThemUnchanged) {
  const auto src = dir_ / "src", dst = dir_ / "dst";
  fs::create_directories(src);
  std::ofstream(src / "modeling_flax_m.py") << kJax;
  std::ofstream(src / "modeling_m.py") << "import torch\n\nx = torch.ones(3).cuda()\n";
  const ToolRun r = run("--src-root " + src.string() + " --dst-root " + dst.string());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dst / "modeling_flax_m.py"), kJax);
  EXPECT_EQ(slurp(dst / "modeling_m.py").find("torch"), std::string::npos) << slurp(dst / "modeling_m.py");
}

TEST_F(OtherFrameworks, AFileThatAlsoImportsTorchIsConverted) {
  const auto both = file("m.py", "import torch\nimport jax.numpy as jnp\n\nx = torch.ones(3).cuda()\n");
  const ToolRun r = run("--checks=-*,device-cuda " + both.string());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.out.find("[device-cuda]"), std::string::npos) << r.out;
}

TEST_F(OtherFrameworks, AConvertedFileThatLoadsTensorFlowWeightsIsStillMindSporeCode) {
  // transformers' load_tf_weights_in_* imports TensorFlow inside a function; once torch is gone the
  // file imports MindSpore, and the rules for MindSpore code still apply to it.
  const auto converted = file("m.py",
                              "from mindspore import nn\n\n\ndef load_tf_weights(path):\n    import tensorflow as tf\n"
                              "    return tf.train.list_variables(path)\n\n\nclass Block(nn.Cell):\n"
                              "    def forward(self, x):\n        return x\n");
  const ToolRun r = run("--checks=-*,api-forward " + converted.string());
  EXPECT_EQ(r.exitCode, 1) << r.out;
  EXPECT_NE(r.out.find("[api-forward]"), std::string::npos) << r.out;
}

}  // namespace
