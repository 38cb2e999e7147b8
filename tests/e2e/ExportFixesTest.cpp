// End-to-end tests of --export-fixes and --apply-fixes: clang-tidy's YAML written with offsets of
// the files on disk, and applied back by the tool itself.
#include <algorithm>

#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class Fixes : public ToolTest {};

const std::string kModel = "import torch\n\nx = torch.ones(3).cuda()\n";

TEST_F(Fixes, ExportFixesWritesClangTidyYamlWithOffsetsOfTheFileOnDisk) {
  const auto path = file("m.py", "\xEF\xBB\xBF" + kModel);
  const auto yaml = dir_ / "fixes.yaml";
  const ToolRun r = run("--checks=-*,device-* --export-fixes " + yaml.string() + " " + path.string());
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(slurp(path), "\xEF\xBB\xBF" + kModel) << "exporting writes only the YAML";
  const std::string text = slurp(yaml);
  EXPECT_NE(text.find("MainSourceFile: ''"), std::string::npos) << text;
  EXPECT_NE(text.find("DiagnosticName: device-cuda"), std::string::npos) << text;
  // "import torch\n\nx = torch.ones(3)" is 31 bytes, plus the 3-byte byte-order mark.
  EXPECT_NE(text.find("Offset: 34\n          Length: 7\n          ReplacementText: \"\""), std::string::npos) << text;
  EXPECT_NE(text.find("Level: Warning"), std::string::npos) << text;
  EXPECT_NE(text.find("FilePath: " + fs::absolute(path).string()), std::string::npos) << "absolute paths: " << text;
  EXPECT_NE(text.find("BuildDirectory: "), std::string::npos) << text;
}

// --apply-fixes applies the tool's own YAML: the same bytes as --fix, each file whole or not at
// all, and never to a file changed since the export.
TEST_F(Fixes, ApplyFixesReproducesTheFixAndRefusesAChangedFile) {
  const std::string model = "import torch\n\nx = torch.ones(3).cuda()\ny = x.to(first_device)\n";
  const auto path = file("m.py", "\xEF\xBB\xBF" + model);
  const auto fixed = file("fixed.py", "\xEF\xBB\xBF" + model);
  ASSERT_EQ(run("--checks=-*,device-* --fix --unsafe-fixes " + fixed.string()).exitCode, 0);
  const auto yaml = dir_ / "fixes.yaml";
  ASSERT_EQ(run("--checks=-*,device-* --unsafe-fixes --export-fixes " + yaml.string() + " " + path.string()).exitCode, 1);
  ToolRun r = run("--apply-fixes " + yaml.string());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(path), slurp(fixed));
  EXPECT_NE(r.err.find(" to 1 file\n"), std::string::npos) << r.err;
  r = run("--apply-fixes " + yaml.string());  // the file is not the exported one any more
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("m.py: not changed: changed since the fixes were exported"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(path), slurp(fixed));

  // Replacements written by hand or another tool (no hash note): checked for overlaps, range and syntax.
  const auto target = file("t.py", "x = f(1)\n");
  auto document = [&](const std::string& replacements) {
    write(dir_ / "hand.yaml", "Diagnostics:\n  - DiagnosticName: x\n    DiagnosticMessage:\n      Message: m\n      FilePath: " +
                                  target.string() + "\n      FileOffset: 0\n      Replacements:\n" + replacements);
    return run("--apply-fixes " + (dir_ / "hand.yaml").string());
  };
  auto replacement = [&](int offset, int length, const std::string& text) {
    return "        - {FilePath: " + target.string() + ", Offset: " + std::to_string(offset) + ", Length: " +
           std::to_string(length) + ", ReplacementText: \"" + text + "\"}\n";
  };
  EXPECT_EQ(document(replacement(4, 1, "g") + replacement(4, 2, "h(")).exitCode, 2);
  EXPECT_EQ(document(replacement(40, 1, "g")).exitCode, 2);
  r = document(replacement(5, 1, "(("));
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("the result would not parse"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(target), "x = f(1)\n") << "nothing of a refused file is written";
  EXPECT_EQ(document(replacement(4, 1, "g") + replacement(4, 1, "g")).exitCode, 0) << "identical replacements count once";
  EXPECT_EQ(slurp(target), "x = g(1)\n");

  write(dir_ / "bad.yaml", "Diagnostics: [\n");
  r = run("--apply-fixes " + (dir_ / "bad.yaml").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(run("--apply-fixes " + yaml.string() + " " + path.string()).exitCode, 2) << "nothing else with it";
}

}  // namespace
