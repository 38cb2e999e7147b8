// End-to-end tests that fixes never change what code means nor produce code CPython rejects,
// and that no file hangs the tool (each a case that once failed).
#include <sys/stat.h>

#include <algorithm>

#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class Safety : public ToolTest {
 protected:
  // Converts a copy of `code` with these arguments and returns the text written.
  std::string converted(const std::string& name, const std::string& code, const std::string& args) {
    const auto path = file(name, code);
    const ToolRun r = run(args + " " + path.string());
    EXPECT_NE(r.exitCode, 2) << r.err;
    return slurp(path);
  }
};

const std::string kEmbedding =
    "import torch\nfrom torch import nn\n\n\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
    "        self.emb = nn.Embedding(10, 4, 0)\n";

TEST_F(Safety, AnImportIsNotReboundWhileAUseOfItStaysUnconverted) {
  // nn.Module -> nn.Cell is Safe and would import MindSpore's nn in place of torch's; the
  // Embedding fix is Unsafe. Alone, the import would make `nn.Embedding(10, 4, 0)` MindSpore's
  // legacy Embedding, whose third parameter is not padding_idx.
  const std::string safe = converted("safe.py", kEmbedding, "--fix");
  EXPECT_NE(safe.find("from torch import nn\n"), std::string::npos) << safe;
  EXPECT_NE(safe.find("nn.Embedding(10, 4, 0)"), std::string::npos) << safe;
  EXPECT_EQ(safe.find("from mindspore import"), std::string::npos) << safe;
  // Safe then Unsafe in two runs gives what one run with both gives.
  const auto twice = file("twice.py", safe);
  EXPECT_NE(run("--fix --unsafe-fixes " + twice.string()).exitCode, 2);
  const std::string once = converted("once.py", kEmbedding, "--fix --unsafe-fixes");
  EXPECT_EQ(slurp(twice), once);
  EXPECT_NE(once.find("mint.nn.Embedding(10, 4, 0)"), std::string::npos) << once;
  EXPECT_NE(once.find("from mindspore import mint, nn\n"), std::string::npos) << once;
}

const std::string kGuardedImport =
    "from transformers.utils import is_torch_available\n\nif is_torch_available():\n    import torch\n\n\n"
    "def resize(x, size):\n    return torch.nn.functional.interpolate(x, size=size)\n";

TEST_F(Safety, AnImportIsNotRemovedWhileAUseOfItWaitsForAnUnsafeFix) {
  // Folding the torch-availability guard (Safe) removes `import torch`; the interpolate mapping is
  // Unsafe and finds its call through that import. Folded first, the call would stay torch's
  // forever, unbound; so the fold waits for the call's fix.
  const std::string safe = converted("safe.py", kGuardedImport, "--fix");
  EXPECT_NE(safe.find("    import torch\n"), std::string::npos) << safe;
  EXPECT_NE(safe.find("torch.nn.functional.interpolate("), std::string::npos) << safe;
  const auto twice = file("twice.py", safe);
  EXPECT_NE(run("--fix --unsafe-fixes " + twice.string()).exitCode, 2);
  const std::string once = converted("once.py", kGuardedImport, "--fix --unsafe-fixes");
  EXPECT_EQ(slurp(twice), once);
  EXPECT_NE(once.find("mint.nn.functional.interpolate("), std::string::npos) << once;
  EXPECT_EQ(once.find("import torch"), std::string::npos) << once;
}

TEST_F(Safety, ADeeplyNestedFileIsASyntaxFindingNotACrash) {
  // 3,000 chained calls crashed the recursive walks (SIGSEGV); CPython's ast.parse refuses 2,000.
  std::string chain = "import torch\nx = torch.zeros(1)";
  for (int i = 0; i < 3000; ++i) chain += ".cuda()";
  const auto deep = file("deep.py", chain + "\n");
  const auto plain = file("plain.py", "import torch\n\nx = torch.ones(2)\n");
  for (const std::string args : {"", "--fix --unsafe-fixes -j 2 ", "--validate "}) {
    const ToolRun r = run(args + deep.string() + " " + plain.string());
    EXPECT_EQ(r.exitCode, 1) << args << r.err;
    EXPECT_NE(r.out.find("nested more than 3000 levels deep"), std::string::npos) << args << r.out.substr(0, 500);
  }
  EXPECT_EQ(slurp(deep), chain + "\n");
  EXPECT_NE(slurp(plain).find("mint.ones(2)"), std::string::npos);  // the other file is still converted
  // Deep but within what CPython accepts (1,400 chained calls): converted as usual.
  std::string accepted = "import torch\nx = torch.zeros(1)";
  for (int i = 0; i < 1400; ++i) accepted += ".cuda()";
  const auto ok = file("ok.py", accepted + "\n");
  EXPECT_EQ(run("--fix " + ok.string()).exitCode, 0);
  EXPECT_EQ(slurp(ok).find(".cuda()"), std::string::npos);
}

TEST_F(Safety, RemovingEveryStatementOfABlockLeavesAValidBlock) {
  const std::string code =
      "import torch\n\n\ndef f(self, device):\n    if self.pos_freqs.device != device:\n"
      "        self.pos_freqs = self.pos_freqs.to(device)\n        self.neg_freqs = self.neg_freqs.to(device)\n"
      "    return self.pos_freqs\n";
  const std::string out = converted("m.py", code, "--checks=-*,device-* --fix --unsafe-fixes");
  EXPECT_NE(out.find("    if self.pos_freqs.device != device:\n        pass\n    return self.pos_freqs\n"), std::string::npos)
      << out;
}

TEST_F(Safety, FilesCPythonRejectsAreReportedAndNeverRewritten) {
  const std::string tabs = "import torch\nif True:\n        x = torch.ones(1).cuda()\n\ty = 2\n";
  const std::string python2 = "import torch\nx = torch.ones(1).cuda()\nprint x\n";
  const auto a = file("tabs.py", tabs), b = file("py2.py", python2);
  const ToolRun r = run("--fix --unsafe-fixes " + a.string() + " " + b.string());
  EXPECT_EQ(slurp(a), tabs);
  EXPECT_EQ(slurp(b), python2);
  EXPECT_NE(r.out.find("tabs.py:4:1: error: syntax error: inconsistent use of tabs and spaces in indentation; "
                       "the file is not rewritten [pyconv-syntax]"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("py2.py:3:1: error: syntax error: Python 2 print statement"), std::string::npos) << r.out;
}

TEST_F(Safety, TypeParametersAndTypeAliasesAreScopesAndAnnotationSites) {
  const std::string out = converted(
      "pep695.py",
      "import torch\n\n\nclass Box[T: torch.Tensor]:\n    pass\n\n\ntype Alias = torch.Tensor\n\n\n"
      "def f[U: torch.Tensor](x: U) -> U:\n    return x\n",
      "--fix --unsafe-fixes");
  EXPECT_EQ(out.find("torch"), std::string::npos) << "every torch reference converted, so the import can go:\n" << out;
  EXPECT_NE(out.find("class Box[T: ms.Tensor]:"), std::string::npos) << out;
  EXPECT_NE(out.find("def f[U: ms.Tensor](x: U) -> U:"), std::string::npos) << out;
}

TEST_F(Safety, InsertedLinesTakeTheFilesLineEndings) {
  const std::string code =
      "import torch\r\nfrom einops import rearrange\r\n\r\n\r\ndef f(x):\r\n"
      "    return rearrange(x, \"b n (h d) -> b h n d\", h=4)\r\n";
  const std::string out = converted("crlf.py", code, "--fix --unsafe-fixes");
  EXPECT_NE(out.find("# einops: "), std::string::npos) << out;
  for (std::size_t at = out.find('\n'); at != std::string::npos; at = out.find('\n', at + 1)) {
    ASSERT_TRUE(at > 0 && out[at - 1] == '\r') << "a bare LF at byte " << at << " in:\n" << out;
  }
}

TEST_F(Safety, AModuleLevelGlobalStatementDoesNotHang) {
  const auto path = file("g.py", "global x\nx\nimport torch\ntorch.ones(1).cuda()\n");
  // Under `timeout`, a regression fails (exit 124) instead of hanging the suite.
  const ToolRun r = run("--checks=-*,device-* " + path.string(), "timeout 60 ");
  EXPECT_EQ(r.exitCode, 1) << "1: the .cuda() finding; 124: it hung\n" << r.err;
}

}  // namespace

namespace {

using namespace pyconv::testing;

class Budget : public ToolTest {
 protected:
  std::string plugin() { return withTestPlugin(""); }
};

TEST_F(Budget, AFileThatRunsPastItsBudgetEndsWithAnErrorOfItsOwn) {
  std::string slow;
  for (int i = 0; i < 8; ++i) slow += "slow_here\n";
  const auto a = file("slow.py", slow), b = file("fine.py", "x = 1\nslow_here\n");
  const ToolRun r = run(plugin() + "--checks=-*,test-slow --timeout-per-file 1 " + a.string() + " " + b.string());
  EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
  EXPECT_NE(r.err.find(a.string() + ": took longer than its time budget of 1 s"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find(b.string() + ":2:1: warning: slow [test-slow]"), std::string::npos)
      << "the other file is still checked:\n" << r.out;
}

TEST_F(Budget, ACheckThatNeverReturnsStopsTheRunNamingTheFile) {
  const auto a = file("hang.py", "hang_here\n");
  const ToolRun r = run(plugin() + "--checks=-*,test-hang --timeout-per-file 1 " + a.string(), "timeout 60 ");
  EXPECT_EQ(r.exitCode, 2) << "124: the watchdog did not stop it";
  EXPECT_NE(r.err.find(a.string() + ": still running after 2 s (time budget 1 s)"), std::string::npos) << r.err;
}

}  // namespace

namespace {

using namespace pyconv::testing;

class SpecialFiles : public ToolTest {};

TEST_F(SpecialFiles, AFifoInTheDestinationTreeIsNotWaitedFor) {
  write(dir_ / "in/a.py", "import torch\nx = torch.ones(1).cuda()\n");
  write(dir_ / "in/b.py", "import torch\ny = torch.ones(1).cuda()\n");
  fs::create_directories(dir_ / "out");
  ASSERT_EQ(::mkfifo((dir_ / "out/a.py").c_str(), 0600), 0);
  const ToolRun r = run("--checks=-*,device-* --src-root " + (dir_ / "in").string() + " --dst-root " +
                            (dir_ / "out").string(), "timeout 60 ");
  EXPECT_EQ(r.exitCode, 2) << "124: it waited for a writer\n" << r.err;
  EXPECT_NE(r.err.find("a.py: not a regular file"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(dir_ / "out/b.py"), "import torch\ny = torch.ones(1)\n") << "the other file is converted";
}

}  // namespace
