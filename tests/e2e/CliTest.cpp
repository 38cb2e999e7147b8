// End-to-end tests: run the built pyconv-tidy binary on files in a temporary folder and check
// exit codes, output and the files on disk.
#include <sys/stat.h>

#include <algorithm>
#include <fstream>

#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class Cli : public ToolTest {};

const std::string kModel = "import torch\n\nx = torch.ones(3).cuda()\n";

TEST_F(Cli, ReportModePrintsClangStyleFindingsAndExitsOne) {
  const auto path = file("m.py", kModel);
  const ToolRun r = run("--checks=-*,device-cuda " + path.string());
  EXPECT_EQ(r.exitCode, 1);
  // [*]: --fix would fix it (ruff's mark); ^~~~ under the finding, as clang underlines a range.
  EXPECT_NE(r.out.find(path.string() + ":3:19: warning: [*] '.cuda()' moves data to a CUDA device"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("[device-cuda]\nx = torch.ones(3).cuda()\n                  ^~~~\n"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("1 finding in 1 of 1 file; [*] 1 fixable with --fix\n"), std::string::npos) << r.err;
  // The replacement under the caret (clang's fix-it line), and an Unsafe fix counted apart.
  const auto other = file("n.py", "import torch\n\nx = torch.zeros(2).to(first_device)\n");
  const ToolRun fixIt = run("--checks=-*,api-map,device-to " + other.string());
  EXPECT_NE(fixIt.out.find("x = torch.zeros(2).to(first_device)\n    ^~~~~~~~~~~\n    mint.zeros\n"), std::string::npos) << fixIt.out;
  EXPECT_NE(fixIt.out.find("warning: '.to(...)' moves"), std::string::npos) << "Unsafe: no [*] without --unsafe-fixes: " << fixIt.out;
  EXPECT_NE(fixIt.err.find("[*] 1 fixable with --fix (1 more with --unsafe-fixes)"), std::string::npos) << fixIt.err;
  EXPECT_EQ(slurp(path), kModel) << "report mode must not write";
}

TEST_F(Cli, CleanInputExitsZero) {
  file("clean.py", "import os\n\nx = os.sep\n");
  EXPECT_EQ(run(dir_.string()).exitCode, 0);
}

TEST_F(Cli, FixRewritesAndKeepsModeBomAndNewlines) {
  const auto crlf = file("crlf.py", "\xEF\xBB\xBFimport torch\r\nm.cuda()\r\ny = x.cuda()\r\n");
  ::chmod(crlf.c_str(), 0750);
  const ToolRun r = run("--fix " + dir_.string());
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  // The torch import goes too (api-unused-torch-import): nothing uses it.
  EXPECT_EQ(slurp(crlf), "\xEF\xBB\xBFy = x\r\n");
  struct stat st {};
  ::stat(crlf.c_str(), &st);
  EXPECT_EQ(st.st_mode & 07777, 0750u);
  EXPECT_NE(r.err.find("3 fixes applied, 1 file rewritten"), std::string::npos) << r.err;
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".pyconv-"), std::string::npos) << "temporary file left behind";
  }
}

TEST_F(Cli, FixLeavesUnchangedFilesUntouched) {
  const auto clean = file("clean.py", "import os\nx = os.sep\n");
  file("dirty.py", kModel);
  const auto before = fs::last_write_time(clean);
  struct stat st {};
  ::stat(clean.c_str(), &st);
  const auto inode = st.st_ino;
  EXPECT_EQ(run("--fix " + dir_.string()).exitCode, 0);
  ::stat(clean.c_str(), &st);
  EXPECT_EQ(st.st_ino, inode);
  EXPECT_EQ(fs::last_write_time(clean), before);
}

TEST_F(Cli, DiffShowsTheChangeAndWritesNothing) {
  const auto path = file("m.py", kModel);
  const ToolRun r = run("--checks=-*,device-* --diff " + path.string());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.out.find("-x = torch.ones(3).cuda()\n+x = torch.ones(3)\n"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(path), kModel);
}

TEST_F(Cli, DiffIsForGitApplyAndFindingsGoToStderr) {
  file("m.py", kModel + "y = torch.scatter_reduce(x, 0, x, x, 'sum')  # no MindSpore counterpart: a finding\n");
  const std::string here = "cd " + dir_.string() + " && ";
  const ToolRun r = run("--diff m.py", here);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.out.rfind("--- a/m.py\n+++ b/m.py\n@@ ", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find("warning:"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("warning:"), std::string::npos) << r.err;
  std::ofstream(dir_ / "change.diff") << r.out;
  ASSERT_EQ(std::system((here + "git init -q . && git apply change.diff").c_str()), 0);
  EXPECT_EQ(run("--checks=-*,device-* m.py", here).exitCode, 0);  // the diff's change is in the file now
  EXPECT_NE(slurp(dir_ / "m.py").find("from mindspore import mint"), std::string::npos);
}

TEST_F(Cli, DiffHeadersNameAFileGitCanApplyWhateverPathItWasGiven) {
  const auto path = file("sub/m.py", kModel);
  const std::string here = "cd " + dir_.string() + " && ";
  // An absolute path or one with ./ inside the current folder: named relative to it.
  for (const std::string& given : {path.string(), std::string("./sub/../sub/m.py")}) {
    const ToolRun r = run("--checks=-*,device-* --diff " + given, here);
    EXPECT_EQ(r.out.rfind("--- a/sub/m.py\n+++ b/sub/m.py\n@@ ", 0), 0u) << given << ":\n" << r.out;
  }
  // Outside the current folder: the absolute path without its leading slash, as git writes it.
  const ToolRun outside = run("--checks=-*,device-* --diff " + path.string(), "cd /proc && ");
  const std::string relativeToRoot = path.string().substr(1);
  EXPECT_EQ(outside.out.rfind("--- a/" + relativeToRoot + "\n+++ b/" + relativeToRoot + "\n@@ ", 0), 0u) << outside.out;
  std::ofstream(dir_ / "abs.diff") << run("--checks=-*,device-* --diff " + path.string(), here).out;
  ASSERT_EQ(std::system((here + "git init -q . && git apply abs.diff").c_str()), 0);
  EXPECT_EQ(slurp(path).find(".cuda()"), std::string::npos) << slurp(path);
}

TEST_F(Cli, ChecksGlobsSelectAndATypoIsAUsageError) {
  const auto path = file("m.py", kModel);
  EXPECT_EQ(run("--checks=-* " + path.string()).exitCode, 0);
  EXPECT_EQ(run("--checks=-*,device-* " + path.string()).exitCode, 1);
  const ToolRun typo = run("--checks=-*,devise-* " + path.string());
  EXPECT_EQ(typo.exitCode, 2);
  EXPECT_EQ(typo.err, "pyconv-tidy: error: --checks: 'devise-*' matches no check (see --list-checks)\n");
  const ToolRun list = run("--list-checks");
  EXPECT_EQ(list.exitCode, 0);
  EXPECT_NE(list.out.find("    device-cuda\n"), std::string::npos);
}

TEST_F(Cli, AWrongAbiPluginIsRefusedWithExitTwo) {
  const std::string plugin = std::string(PYCONV_TEST_PLUGIN_DIR) + "/wrong_abi_plugin.so";
  const ToolRun r = run("--load " + plugin + " " + file("m.py", kModel).string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("plugin " + plugin + " was built with ABI 'gcc-4.8;cxx11abi=0"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
}

TEST_F(Cli, BadFilesGetOneLineEachAndTheRestIsProcessed) {
  const auto bad = file("bad.py", "x = '\xFF'\n");
  const auto binary = file("bin.py", std::string("\0\x01\x02", 3));
  const auto good = file("good.py", kModel);
  const ToolRun r = run("--checks=-*,device-* --fix " + dir_.string() + " " + (dir_ / "missing.py").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find(bad.string() + ": not valid UTF-8 (byte offset 5)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(binary.string() + ": binary file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.py: no such file or directory"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(bad), "x = '\xFF'\n");
  EXPECT_EQ(slurp(good), "import torch\n\nx = torch.ones(3)\n") << "other files are still converted";
}

TEST_F(Cli, SyntaxErrorsAreReportedAndTheFileIsNotWritten) {
  const std::string broken = "def f(:\n    x.cuda()\n";
  const auto path = file("broken.py", broken);
  const ToolRun r = run("--fix " + path.string());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.out.find("[pyconv-syntax]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[device-cuda]"), std::string::npos) << "other checks still report: " << r.out;
  EXPECT_EQ(slurp(path), broken);
}

TEST_F(Cli, TheSummaryGivesTheConversionRate) {
  const auto path = file("m.py", "import torch\n\nx: torch.Tensor = torch.zeros(3)\ny = torch.kthvalue(x, 1)\n");
  ToolRun r = run(path.string());
  EXPECT_NE(r.err.find("torch uses: 3 found (1 in annotations), 3 left (1 in annotations): 0.0% gone"), std::string::npos)
      << r.err;
  r = run("--fix --stats " + path.string());
  EXPECT_NE(r.err.find("m.py: torch uses 3 found, 1 left (66.7% gone: 2 converted, 0 removed)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("torch uses: 3 found (1 in annotations), 1 left (0 in annotations): 66.7% gone (2 converted, 0 "
                       "removed with torch plumbing)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("'torch.kthvalue' [api-residual]"), std::string::npos) << "what is left is listed: " << r.out;
}

TEST_F(Cli, UsesTakenAwayByRemovalFixesAreNotCountedAsConverted) {
  // torch.abs is converted; torch.device goes with the device move that removal drops; the
  // autocast that is off is unwrapped, and the torch.abs inside it stays a use (then converted).
  const auto path = file("m.py",
                         "import torch\n\n\ndef f(x):\n    with torch.autocast(\"cpu\", enabled=False):\n"
                         "        y = torch.abs(x)\n    return y.to(torch.device(\"cuda\"))\n");
  const ToolRun r = run("--fix --stats " + path.string());
  EXPECT_NE(r.err.find("torch uses: 3 found (0 in annotations), 0 left (0 in annotations): 100.0% gone (1 converted, 2 "
                       "removed with torch plumbing)"),
            std::string::npos)
      << r.err << slurp(path);
}

TEST_F(Cli, MaxIterationsAndPipelineAreSettable) {
  const auto path = file("m.py", kModel);
  EXPECT_EQ(run("--max-iterations 0 " + path.string()).exitCode, 2);
  const ToolRun r = run("--checks=-*,device-* --fix --max-iterations 1 --pipeline 'api-*;device-*' " + path.string());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(path), "import torch\n\nx = torch.ones(3)\n");
}

// Configuration, with the engine test plugin: test-rename (old_name -> new_name, option To),
// test-rename-call (old_call -> new_call), test-rewrap, test-counter.
class Config : public Cli {
 protected:
  void config(const fs::path& folder, const std::string& yaml) {
    fs::create_directories(dir_ / folder);
    write(dir_ / folder / ".pyconv-tidy", yaml);
  }
};

const std::string kCode = "x = old_name\ny = old_call(1)\nz = wrap(2)\n";

TEST_F(Config, InheritsAcrossThreeFoldersAndStopsWithoutInheritParentConfig) {
  config("root", "Checks: '-*,test-rename'\nCheckOptions:\n  test-rename.To: renamed_root\n");
  config("root/a", "InheritParentConfig: true\nCheckOptions:\n  test-rename.To: renamed_a\n");
  config("root/a/b", "InheritParentConfig: true\nChecks: 'test-rename-call'\n");
  config("root/c", "Checks: '-*,test-rewrap'\n");
  for (const char* folder : {"root", "root/a", "root/a/b", "root/c"}) write(dir_ / folder / "m.py", kCode);
  const ToolRun r = run(withTestPlugin("--fix " + (dir_ / "root").string()));
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(slurp(dir_ / "root/m.py"), "x = renamed_root\ny = old_call(1)\nz = wrap(2)\n");
  EXPECT_EQ(slurp(dir_ / "root/a/m.py"), "x = renamed_a\ny = old_call(1)\nz = wrap(2)\n");
  EXPECT_EQ(slurp(dir_ / "root/a/b/m.py"), "x = renamed_a\ny = new_call(1)\nz = wrap(2)\n");
  EXPECT_EQ(slurp(dir_ / "root/c/m.py"), "x = old_name\ny = old_call(1)\nz = unwrap(2)\n");
}

TEST_F(Config, CommandLineChecksAreAppendedAndConfigTyposOnlyWarn) {
  config("p", "Checks: '-*,test-rename,test-typo-*'\n");
  write(dir_ / "p/m.py", kCode);
  const ToolRun r = run(withTestPlugin("--checks=test-rewrap " + (dir_ / "p").string()));
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.out.find("[test-rename]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[test-rewrap]"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("[test-rename-call]"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("warning: " + (dir_ / "p/.pyconv-tidy").string() + ": Checks glob 'test-typo-*' matches no loaded check"),
            std::string::npos) << r.err;
}

TEST_F(Config, ConfigFileFixOptionsExcludeAndPipeline) {
  config("q", "Checks: '-*,test-counter'\nFix:\n  MaxIterations: 2\nExclude: ['skip/*']\n");
  write(dir_ / "q/m.py", "v = counter_0\n");
  fs::create_directories(dir_ / "q/skip");
  write(dir_ / "q/skip/s.py", "v = counter_0\n");
  EXPECT_EQ(run(withTestPlugin("--fix " + (dir_ / "q").string())).exitCode, 1);
  EXPECT_EQ(slurp(dir_ / "q/m.py"), "v = counter_2\n");
  EXPECT_EQ(slurp(dir_ / "q/skip/s.py"), "v = counter_0\n") << "excluded";
  run(withTestPlugin("--fix --max-iterations 1 " + (dir_ / "q/m.py").string()));
  EXPECT_EQ(slurp(dir_ / "q/m.py"), "v = counter_3\n") << "the command line overrides Fix.MaxIterations";
  run(withTestPlugin("--fix " + (dir_ / "q/skip/s.py").string()));
  EXPECT_EQ(slurp(dir_ / "q/skip/s.py"), "v = counter_2\n") << "a file named on the command line is not excluded";
  const ToolRun forced = run(withTestPlugin("--fix --force-exclude " + (dir_ / "q/skip/s.py").string()));
  EXPECT_EQ(forced.exitCode, 0) << forced.err;
  EXPECT_EQ(slurp(dir_ / "q/skip/s.py"), "v = counter_2\n") << "--force-exclude: excluded even when named";
}

TEST_F(Config, ExplicitConfigFileAndInlineConfigSkipTheSearch) {
  config("r", "Checks: '-*,test-rewrap'\n");
  write(dir_ / "r/m.py", kCode);
  write(dir_ / "other.yaml", "Checks: '-*,test-rename-call'\n");
  EXPECT_EQ(run(withTestPlugin("--fix --config-file " + (dir_ / "other.yaml").string() + " " + (dir_ / "r/m.py").string())).exitCode, 0);
  EXPECT_EQ(slurp(dir_ / "r/m.py"), "x = old_name\ny = new_call(1)\nz = wrap(2)\n");
  EXPECT_EQ(run(withTestPlugin("--fix --config \"{Checks: '-*,test-rename'}\" " + (dir_ / "r/m.py").string())).exitCode, 0);
  EXPECT_EQ(slurp(dir_ / "r/m.py"), "x = new_name\ny = new_call(1)\nz = wrap(2)\n");
}

TEST_F(Config, VerifyConfigNamesUnknownKeysChecksAndOptions) {
  config("v", "Checks: '-*,test-rename,nope-*'\nColour: blue\nCheckOptions:\n  test-rename.To: a\n  test-rename.Frm: b\n"
              "  ghost-check.X: c\n");
  const ToolRun r = run(withTestPlugin("--verify-config --config-file " + (dir_ / "v/.pyconv-tidy").string()));
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("unknown key 'Colour'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Checks glob 'nope-*' matches no loaded check"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("check 'test-rename' has no option 'Frm'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'ghost-check.X' names an unknown check"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("test-rename.To"), std::string::npos) << "To is a real option: " << r.err;
  config("ok", "Checks: '-*,test-rename'\nCheckOptions:\n  test-rename.To: a\n");
  const ToolRun ok = run(withTestPlugin("--verify-config --config-file " + (dir_ / "ok/.pyconv-tidy").string()));
  EXPECT_EQ(ok.exitCode, 0) << ok.err;
  EXPECT_EQ(ok.out, "No config errors detected.\n");
}

TEST_F(Config, VerifyConfigKnowsTheBuiltInChecksOptions) {
  config("b", "CheckOptions:\n  api-map.MappingFile: extra.tsv\n  api-imports.AbsoluteImports: 'true'\n"
              "  device-script-target.DeviceTarget: Ascend\n  device-to.Nope: 1\n");
  const ToolRun r = run("--verify-config --config-file " + (dir_ / "b/.pyconv-tidy").string());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.err.find("api-map.MappingFile"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("AbsoluteImports"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("DeviceTarget"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("check 'device-to' has no option 'Nope'"), std::string::npos) << r.err;
}

TEST_F(Config, AnOptionValueItsDeclarationRefusesIsOneErrorLineAndNothingIsWritten) {
  config("bad", "CheckOptions:\n  api-imports.AbsoluteImports: 'yes'\n");
  std::ofstream(dir_ / "bad/m.py") << "import torch\nx = torch.ones(2).cuda()\n";
  const ToolRun r = run("--fix " + (dir_ / "bad/m.py").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.err, "pyconv-tidy: error: CheckOptions key 'api-imports.AbsoluteImports': 'yes' is not a flag value: "
                   "write 'true' or 'false'\n");
  EXPECT_EQ(slurp(dir_ / "bad/m.py"), "import torch\nx = torch.ones(2).cuda()\n");
  // --verify-config names it too, and so does a choice outside its choices.
  config("bad2", "CheckOptions:\n  device-script-target.DeviceTarget: TPU\n");
  const ToolRun v = run("--verify-config --config-file " + (dir_ / "bad2/.pyconv-tidy").string());
  EXPECT_EQ(v.exitCode, 1);
  EXPECT_NE(v.err.find("'device-script-target.DeviceTarget': 'TPU' is not one of CPU, GPU, Ascend"), std::string::npos)
      << v.err;
}

TEST_F(Config, ListChecksAsJsonGivesTheDeclarations) {
  const ToolRun r = run("--list-checks --output-format=json --config \"{Checks: '-*,device-script-target'}\"");
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("\"name\": \"device-script-target\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"phase\": \"prepare\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"default\": \"CPU\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("api-map"), std::string::npos) << "only enabled checks: " << r.out;
  EXPECT_EQ(run("--list-checks --output-format=sarif").exitCode, 2);
}

TEST_F(Config, DumpConfigShowsTheMergedResult) {
  config("d", "Checks: '-*,test-rename'\nTarget: mindspore\nCheckOptions:\n  test-rename.To: a\n");
  const ToolRun r = run(withTestPlugin("--dump-config --config-file " + (dir_ / "d/.pyconv-tidy").string()));
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("EnabledChecks: 'test-rename'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("test-rename.To: 'a'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Target: mindspore"), std::string::npos) << r.out;
}

TEST_F(Config, PluginsNamedInAConfigLoadOnlyWhenAllowed) {
  config("pl", "Plugins: ['" + std::string(PYCONV_TEST_PLUGIN_DIR) + "/engine_test_plugin.so']\nChecks: '-*,test-*'\n");
  write(dir_ / "pl/m.py", kCode);
  const ToolRun refused = run("--fix " + (dir_ / "pl").string());
  EXPECT_EQ(refused.exitCode, 2) << "a run without the team's checks must not pass";
  EXPECT_NE(refused.err.find("error: the configuration names plugins"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--allow-config-plugins"), std::string::npos) << refused.err;
  EXPECT_EQ(slurp(dir_ / "pl/m.py"), kCode) << "no code from the config ran";
  const ToolRun allowed = run("--fix --allow-config-plugins " + (dir_ / "pl").string());
  EXPECT_EQ(allowed.exitCode, 0) << allowed.err;
  EXPECT_EQ(slurp(dir_ / "pl/m.py"), "x = new_name\ny = new_call(1)\nz = unwrap(2)\n");
}

TEST_F(Config, BadConfigurationIsOneLineAndExitTwo) {
  config("bad", "Checks: [unclosed\n");
  write(dir_ / "bad/m.py", kCode);
  const ToolRun r = run((dir_ / "bad/m.py").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find((dir_ / "bad/.pyconv-tidy").string() + ":"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("invalid YAML"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  config("bad2", "Fix:\n  MaxIterations: 0\n");
  write(dir_ / "bad2/m.py", kCode);
  EXPECT_EQ(run((dir_ / "bad2/m.py").string()).exitCode, 2);
  // Only one MindSpore version is catalogued: another is refused, not silently mapped as 2.7.
  config("bad3", "TargetVersion: '2.6'\n");
  write(dir_ / "bad3/m.py", kCode);
  const ToolRun version = run((dir_ / "bad3/m.py").string());
  EXPECT_EQ(version.exitCode, 2);
  EXPECT_NE(version.err.find("TargetVersion '2.6' is not catalogued; only '2.7'"), std::string::npos) << version.err;
}

}  // namespace

namespace {

// The value of `name=...` in a shell script (the pins of scripts/fetch-tree-sitter.sh).
std::string shellVariable(const std::string& script, const std::string& name) {
  const auto at = script.find("\n" + name + "=");
  if (at == std::string::npos) return "(no " + name + ")";
  const auto begin = at + name.size() + 2;
  return script.substr(begin, script.find('\n', begin) - begin);
}

TEST_F(Cli, VersionNamesTheToolApiTreeSitterAndEveryLoadedPlugin) {
  const std::string plugin = std::string(PYCONV_TEST_PLUGIN_DIR) + "/engine_test_plugin.so";
  const ToolRun r = run("--version --load " + plugin);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // The tool's version is the CMake project's; tree-sitter's are the pins the build fetched.
  const std::string cmake = slurp(std::string(PYCONV_SOURCE_DIR) + "/CMakeLists.txt");
  const auto v = cmake.find("VERSION ", cmake.find("project(pyconv-tidy")) + 8;
  EXPECT_EQ(r.out.rfind("pyconv-tidy " + cmake.substr(v, cmake.find(' ', v) - v) + "\n", 0), 0u) << r.out;
  const std::string fetch = slurp(std::string(PYCONV_SOURCE_DIR) + "/scripts/fetch-tree-sitter.sh");
  const std::string core = shellVariable(fetch, "core_pkg"), grammar = shellVariable(fetch, "grammar_pkg");
  const std::string expected = "tree-sitter " + core.substr(core.find('@') + 1) + ", grammar " +
                               grammar.substr(0, grammar.find('@')) + "-" + grammar.substr(grammar.find('@') + 1) +
                               " (language ABI 15)\n";
  EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
  EXPECT_NE(r.out.find("plugin API version "), std::string::npos) << r.out;
  for (const char* family : {"device_removal", "api_mapping", "grad_checkpoint", "init_rewrite", "tokenizer"}) {
    const auto at = r.out.find("\n    " + std::string(family) + " ");
    EXPECT_NE(at, std::string::npos) << family << "\n" << r.out;
    if (at != std::string::npos) {  // "name version (file)": a version before the file
      const std::string line = r.out.substr(at + 1, r.out.find('\n', at + 1) - at - 1);
      EXPECT_NE(line.find(" (/"), line.find(' ', 4) + 1) << "no version: " << line;
    }
  }
  EXPECT_NE(r.out.find(" (" + plugin + ")\n"), std::string::npos) << "a --load plugin is listed too\n" << r.out;
  EXPECT_NE(r.out.find("plugins (6):\n"), std::string::npos) << r.out;
}

}  // namespace
