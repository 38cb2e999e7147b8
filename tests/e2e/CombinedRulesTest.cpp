// End-to-end tests of rules of different checks meeting in one real-shaped file: what one check
// folds, the engine's unused-import removal must finish, also after api-imports moved the import.
#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class CombinedRules : public ToolTest {
 protected:
  // A transformers-shaped tree, converted in tree mode with every check.
  ToolRun convert(const std::string& config) {
    for (const char* init : {"in/transformers/__init__.py", "in/transformers/models/__init__.py",
                             "in/transformers/models/foo/__init__.py"}) {
      write(dir_ / init, "");
    }
    return run("--unsafe-fixes --src-root " + (dir_ / "in").string() + " --dst-root " + (dir_ / "out").string() +
               (config.empty() ? "" : " --config \"" + config + "\""));
  }
};

// Names mindone 0.5.0 lacks: a torch-backend probe and a tracing-aware cast. Both go, with their
// import, whether the import stays relative or becomes absolute (a moved import is still the
// import that was used before).
const std::string kModel =
    "from ...utils import (\n"
    "    is_torch_flex_attn_available,\n"
    "    logging,\n"
    "    torch_int,\n"
    ")\n"
    "from ...integrations.deepspeed import is_deepspeed_zero3_enabled\n"
    "\n"
    "if is_torch_flex_attn_available():\n"
    "    from torch.nn.attention.flex_attention import BlockMask\n"
    "\n"
    "logger = logging.get_logger(__name__)\n"
    "\n"
    "\n"
    "def side(n):\n"
    "    gathered = is_deepspeed_zero3_enabled()\n"
    "    return torch_int(n**0.5), gathered\n";

const std::string kConvertedBody =
    "    logging,\n"
    ")\n"
    "\n"
    "logger = logging.get_logger(__name__)\n"
    "\n"
    "\n"
    "def side(n):\n"
    "    gathered = False\n"
    "    return int(n**0.5), gathered\n";

TEST_F(CombinedRules, ProbesAndCastsLeaveNoImportBehindInRelativeTrees) {
  write(dir_ / "in/transformers/models/foo/modeling_foo.py", kModel);
  const ToolRun r = convert("");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/transformers/models/foo/modeling_foo.py"), "from ...utils import (\n" + kConvertedBody);
}

TEST_F(CombinedRules, ProbesAndCastsLeaveNoImportBehindInAbsoluteTrees) {
  write(dir_ / "in/transformers/models/foo/modeling_foo.py", kModel);
  const ToolRun r = convert("{CheckOptions: {api-imports.AbsoluteImports: 'true'}}");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/transformers/models/foo/modeling_foo.py"),
            "from mindone.transformers.utils import (\n" + kConvertedBody);
}

}  // namespace
