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

// A single-quoted shell word holding any bytes.
std::string quote(const fs::path& path) {
  std::string quoted = "'";
  for (char c : path.string()) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

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
  EXPECT_NE(run("--help").out.find("-j [ --jobs ] arg (=0)"), std::string::npos);
  EXPECT_EQ(guarded(path.string()).out, one.out);  // no -j: one worker per core, the same output
}

// Item: --load checks the file before loading it; a refused library runs none of its code.
TEST_F(Trust, ARefusedLibraryRunsNoCodeAndAMalformedRecordDoesNotCrash) {
  const fs::path marker = dir_ / "code-ran";
  ::setenv("PYCONV_TEST_CODE_RAN", marker.c_str(), 1);
  const auto model = file("m.py", kModel);
  const std::string plugins = PYCONV_TEST_PLUGIN_DIR;
  const std::pair<const char*, const char*> refused[] = {
      {"not_a_plugin.so", "is not a pyconv-tidy plugin"},
      {"wrong_abi_plugin.so", "was built with ABI 'gcc-4.8;cxx11abi=0"},
      {"wrong_api_plugin.so", "was built for plugin API version 999"},
      {"malformed_record_plugin.so", "malformed plugin record"},
      {"old_record_plugin.so", "is not a pyconv-tidy plugin"},
  };
  for (const auto& [library, message] : refused) {
    const ToolRun r = guarded("--load " + plugins + "/" + library + " " + model.string());
    expectOneErrorLine(r, message);
    EXPECT_FALSE(fs::exists(marker)) << library << " ran code: " << slurp(marker);
  }
  // The trace works: a plugin that is accepted is loaded, and its constructor runs.
  EXPECT_EQ(guarded("--load " + plugins + "/engine_test_plugin.so " + model.string()).exitCode, 1);
  EXPECT_EQ(slurp(marker), "engine_test_plugin\n");
  ::unsetenv("PYCONV_TEST_CODE_RAN");
}

// Item: FIFOs and devices named where a file is read are refused at once, never opened to wait.
TEST_F(Trust, FifosAndDevicesAreRefusedInsteadOfHanging) {
  const auto model = file("m.py", kModel);
  expectOneErrorLine(guarded("--config-file " + fifo("config.fifo").string() + " " + model.string()),
                     "config.fifo: cannot read the configuration file: not a regular file");
  expectOneErrorLine(guarded("--config-file /dev/zero " + model.string()), "not a regular file");
  expectOneErrorLine(guarded("--load " + fifo("plugin.so").string() + " " + model.string()),
                     "plugin.so: not a regular file");
  file("in/m.py", kModel);
  fifo("out/.pyconv-tidy-manifest.json");
  expectOneErrorLine(guarded("--src-root " + (dir_ / "in").string() + " --dst-root " + (dir_ / "out").string()),
                     ".pyconv-tidy-manifest.json: not a regular file");
  file("out2/models/foo/modeling_foo.py",
       "class FooPreTrainedModel(PreTrainedModel):\n    config: FooConfig\nclass FooModel(FooPreTrainedModel):\n    pass\n");
  fifo("parity/test_modeling_foo.py");
  const ToolRun emit = guarded("--emit-tests " + (dir_ / "parity").string() + " " + (dir_ / "out2").string());
  EXPECT_EQ(emit.exitCode, 2) << emit.err;
  EXPECT_NE(emit.err.find("test_modeling_foo.py: not a regular file"), std::string::npos) << emit.err;
  const ToolRun input = guarded("--emit-tests " + (dir_ / "parity2").string() + " " + fifo("models/x/in.py").string());
  EXPECT_EQ(input.exitCode, 2) << input.err;
}

// Item: --export-fixes never writes over an input.
TEST_F(Trust, ExportFixesRefusesAnOutputThatIsAnInput) {
  const auto model = file("m.py", kModel);
  ASSERT_EQ(::link(model.c_str(), (dir_ / "hard.py").c_str()), 0);
  for (const std::string& args : {model.string() + " " + model.string(), (dir_ / "." / "m.py").string() + " " + model.string(),
                                  (dir_ / "hard.py").string() + " " + dir_.string()}) {
    expectOneErrorLine(guarded("--export-fixes " + args), "is also an input; it would be overwritten");
    EXPECT_EQ(slurp(model), kModel);
  }
  const ToolRun ok = guarded("--export-fixes " + (dir_ / "fixes.yaml").string() + " " + model.string());
  EXPECT_EQ(ok.exitCode, 1) << ok.err;
  EXPECT_NE(slurp(dir_ / "fixes.yaml").find("Diagnostics:"), std::string::npos);
}

// Item: a file name cannot fake output lines; JSON output stays valid for any name.
TEST_F(Trust, PrintedPathsEscapeControlCharactersAndBytesThatAreNotUtf8) {
  const std::string fake = "a.py\nfake.py:1:1: warning: injected [device-cuda]\n";
  file("d/" + fake + ".py", kModel);
  file("d/\xff\x1b[31m.py", kModel);
  const ToolRun r = guarded("--checks=-*,device-cuda " + (dir_ / "d").string());
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(r.out.find("\nfake.py"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("a.py\\nfake.py:1:1: warning: injected [device-cuda]\\n.py:3:19: warning:"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("/\\xff\\x1b[31m.py:3:19: warning:"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
  const ToolRun json = guarded("--output-format=json --checks=-*,device-cuda " + (dir_ / "d").string());
  EXPECT_EQ(json.exitCode, 1) << json.err;
  write(dir_ / "report.json", json.out);
  EXPECT_EQ(std::system(("python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 2' " +
                         (dir_ / "report.json").string()).c_str()),
            0)
      << json.out;
  // --diff headers name the file the same way.
  const ToolRun diff = guarded("--diff --checks=-*,device-cuda " + quote(dir_ / "d" / (fake + ".py")));
  EXPECT_EQ(diff.exitCode, 1) << diff.err;
  EXPECT_NE(diff.out.find("a.py\\nfake.py:1:1: warning: injected [device-cuda]\\n.py\n"), std::string::npos) << diff.out;
  EXPECT_EQ(diff.out.find("\nfake.py"), std::string::npos) << diff.out;
  // Error lines too: a name given on the command line that does not exist.
  const ToolRun missing = guarded(quote(dir_ / "no\nsuch.py"));
  EXPECT_NE(missing.err.find("no\\nsuch.py: no such file or directory"), std::string::npos) << missing.err;
}

// Item: a configuration's MappingFile is relative to that file's folder and must be a small
// regular file.
TEST_F(Trust, MappingFileIsRelativeToItsConfigurationAndMustBeASmallRegularFile) {
  file("proj/team.tsv", "torch_api\ttarget\tsafety\tdrop_kwargs\trename_kwargs\tnote\n"
                        "torch.ones\tmindspore.mint.team_ones\tsafe\t\t\t\n");
  file("proj/.pyconv-tidy", "Checks: '-*,api-map'\nCheckOptions:\n  api-map.MappingFile: team.tsv\n");
  const auto model = file("proj/sub/m.py", "import torch\nx = torch.ones(3)\n");
  fs::create_directories(dir_ / "elsewhere");
  const ToolRun r = run(model.string(), "cd " + (dir_ / "elsewhere").string() + " && " + kTimeout);
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.out.find("'torch.ones' is 'mindspore.mint.team_ones' in MindSpore"), std::string::npos) << r.out << r.err;

  fifo("proj/team.fifo");
  fs::resize_file(file("proj/huge.tsv", ""), 9u << 20);
  const std::pair<std::string, std::string> refused[] = {
      {"/dev/zero", "cannot read /dev/zero: not a regular file"},
      {"team.fifo", "team.fifo: not a regular file"},
      {"huge.tsv", "huge.tsv: larger than 8388608 bytes"},
      {"missing.tsv", "cannot read " + (dir_ / "proj/missing.tsv").string() + ": No such file"},
  };
  for (const auto& [mapping, message] : refused) {
    file("proj/.pyconv-tidy", "Checks: '-*,api-map'\nCheckOptions:\n  api-map.MappingFile: " + mapping + "\n");
    const ToolRun bad = guarded(model.string());
    expectOneErrorLine(bad, "api-map.MappingFile: ");
    EXPECT_NE(bad.err.find(message), std::string::npos) << bad.err;
  }
}

// Item: names from outside enter generated tests only as escaped literals; the file parses and
// holds exactly the statements the generator writes.
TEST_F(Trust, EmittedTestsQuoteHostileFileNames) {
  const std::string model =
      "class FooPreTrainedModel(PreTrainedModel):\n    config: FooConfig\nclass FooModel(FooPreTrainedModel):\n    pass\n";
  const std::string hostile[] = {"x\"\"\"; import os; os.system('touch PWNED') #", "back\\slash\\", "new\nline\r",
                                 "\xff\xfe-not-utf8", "\xe2\x80\xa8sep\x1b[2J"};
  for (const auto& name : hostile) file("out/models/foo/" + name + ".py", model);
  const ToolRun r = guarded("--emit-tests " + (dir_ / "parity").string() + " " + (dir_ / "out").string());
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.err.find("5 parity test files"), std::string::npos) << r.err;
  write(dir_ / "check.py",
        "import ast, os, sys\n"
        "path = sys.argv[1]\n"
        "tree = ast.parse(open(path, 'rb').read())\n"
        "kinds = [type(n).__name__ for n in tree.body]\n"
        "assert kinds == ['Expr'] + ['Import'] * 2 + ['Assign'] * 4 + ['FunctionDef'], kinds\n"
        "converted = ast.literal_eval(tree.body[3].value)\n"
        "assert os.path.exists(os.path.join(os.path.dirname(path), converted)), converted\n");
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(dir_ / "parity")) {
    if (entry.path().filename().string().rfind("test_", 0) != 0) continue;
    ++checked;
    EXPECT_EQ(std::system(("python3 " + (dir_ / "check.py").string() + " " + quote(entry.path())).c_str()), 0)
        << slurp(entry.path());
  }
  EXPECT_EQ(checked, 5);
  EXPECT_FALSE(fs::exists(dir_ / "PWNED"));
}

}  // namespace
