// --dump-docs: the rules document for coding agents and every check's documentation, rendered by
// the tool; the committed copy (docs/agents/) must be what the tool renders.
#include <fstream>
#include <sstream>

#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class DumpDocs : public ToolTest {};

TEST_F(DumpDocs, TheCommittedAgentsDocumentIsWhatTheToolRenders) {
  const auto out = dir_ / "docs";
  const ToolRun r = run("--dump-docs " + out.string());
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const fs::path committed = fs::path(PYCONV_SOURCE_DIR) / "docs" / "agents";
  for (const char* name : {"AGENTS.md", "CLAUDE.md"}) {
    EXPECT_EQ(slurp(out / name), slurp(committed / name))
        << name << " differs from docs/agents/" << name << ": regenerate with `build/bin/pyconv-tidy --dump-docs docs/agents` "
        << "and commit (docs/agents/checks is not committed)";
  }
}

TEST_F(DumpDocs, EveryCheckHasItsDocumentAndASectionWithItsExample) {
  const auto out = dir_ / "docs";
  ASSERT_EQ(run("--dump-docs " + out.string()).exitCode, 0);
  const ToolRun listed = run("--list-checks --config={}");
  std::istringstream lines(listed.out);
  std::string line;
  std::getline(lines, line);  // "Enabled checks:"
  const std::string agents = slurp(out / "AGENTS.md");
  int checks = 0;
  while (std::getline(lines, line)) {
    const std::string check = line.substr(line.find_first_not_of(' '));
    EXPECT_TRUE(fs::is_regular_file(out / "checks" / (check + ".md"))) << check;
    EXPECT_NE(agents.find("#### `" + check + "`"), std::string::npos) << check;
    ++checks;
  }
  EXPECT_GT(checks, 40);
  // A check whose doc has a Python example shows it (api-meshgrid's first example).
  EXPECT_NE(agents.find("meshgrid(coords_h, coords_w, indexing=\"ij\")"), std::string::npos);
  EXPECT_EQ(agents.find("{{CHECKS}}"), std::string::npos);
}

TEST_F(DumpDocs, AnUnwritableFolderIsAnErrorByName) {
  const auto blocker = file("blocker", "a file, not a folder\n");
  const ToolRun r = run("--dump-docs " + (blocker / "docs").string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--dump-docs"), std::string::npos) << r.err;
}

}  // namespace
