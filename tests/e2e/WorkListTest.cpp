// --output-format=worklist: what is left to do, one JSON object per line, file by file.
#include <nlohmann/json.hpp>

#include <sstream>
#include <vector>

#include "ToolHarness.hpp"

namespace {

using namespace pyconv::testing;

class WorkList : public ToolTest {
 protected:
  std::vector<nlohmann::json> records(const std::string& out) {
    std::vector<nlohmann::json> parsed;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) parsed.push_back(nlohmann::json::parse(line));  // throws if not JSON
    return parsed;
  }
};

TEST_F(WorkList, OneRecordPerFindingOrderedByFileThenPositionWithHowToFinishIt) {
  const auto later = file("b.py", "import torch\n\ny = torch.foo_bar(1)\nx = torch.zeros(2)\n");
  const auto earlier = file("a.py", "import torch\n\nz = torch.baz_qux()\n");
  const ToolRun r = run("--checks=api-map,api-residual --output-format=worklist " + later.string() + " " + earlier.string());
  EXPECT_EQ(r.exitCode, 1) << r.err;
  const auto list = records(r.out);
  // torch.zeros is listed once, with the fix that converts it: api-residual's finding for the same
  // reference, under api-map's edit, is not a second item.
  ASSERT_EQ(list.size(), 3u) << r.out;
  EXPECT_EQ(list[0]["file"], earlier.string());
  EXPECT_EQ(list[0]["construct"], "torch.baz_qux");
  EXPECT_EQ(list[0]["check"], "api-residual");
  EXPECT_EQ(list[0]["finish"], "by hand: the check's documentation says how");
  EXPECT_EQ(list[0]["doc"], "pyconv-tidy --explain api-residual");
  EXPECT_EQ(list[1]["file"], later.string());
  EXPECT_EQ(list[1]["line"], 3);
  EXPECT_EQ(list[1]["column"], 5);
  EXPECT_EQ(list[2]["line"], 4);
  EXPECT_EQ(list[2]["check"], "api-map");
  EXPECT_EQ(list[2]["finish"], "pyconv-tidy --fix applies 'use mint.zeros'");
  // The first keys say where: an agent reads the list line by line.
  EXPECT_EQ(r.out.rfind("{\"file\":", 0), 0u) << r.out;
}

TEST_F(WorkList, AFileNameWithANewlineStaysOneLine) {
  const auto odd = file("odd\nname.py", "import torch\n\ny = torch.foo_bar(1)\n");
  const ToolRun r = run("--checks=api-residual --output-format=worklist '" + odd.string() + "'");
  const auto list = records(r.out);
  ASSERT_EQ(list.size(), 1u) << r.out;
  EXPECT_EQ(list[0]["file"], odd.string());
}

TEST_F(WorkList, AnUnknownFormatIsRefusedByName) {
  const auto any = file("c.py", "x = 1\n");
  const ToolRun r = run("--output-format=xml " + any.string());
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--output-format must be text, json, json-lines, sarif, github, junit or worklist"), std::string::npos) << r.err;
}

}  // namespace
