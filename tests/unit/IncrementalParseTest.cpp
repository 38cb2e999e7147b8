#include <gtest/gtest.h>

#include "fix/FixSelection.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// Every node as "kind begin end", in document order.
void collect(Node node, std::vector<std::string>& out) {
  out.push_back(std::string(node.kind()) + " " + std::to_string(node.begin()) + " " + std::to_string(node.end()));
  for (uint32_t i = 0; i < node.childCount(); ++i) collect(node.child(i), out);
}

std::vector<std::string> nodes(const Tree& tree) {
  std::vector<std::string> out;
  collect(tree.root(), out);
  return out;
}

// Incremental re-parsing must give exactly the tree a full parse gives, byte ranges included.
void expectSameAsFullParse(const std::string& before, const std::vector<Edit>& edits) {
  Parser parser;
  const auto old = parser.parse(before);
  const std::string after = applyEdits(before, edits);
  const auto incremental = parser.reparse(*old, after, edits);
  const auto full = parser.parse(after);
  EXPECT_EQ(incremental->sexp(), full->sexp()) << after;
  EXPECT_EQ(nodes(*incremental), nodes(*full)) << after;
}

TEST(IncrementalParse, MatchesAFullParseAfterSeveralEdits) {
  const std::string code = "import torch\n\ndef f(x, device):\n    y = x.cuda()\n    return y.to(device)\n";
  const auto cuda = static_cast<uint32_t>(code.find(".cuda()"));
  const auto device = static_cast<uint32_t>(code.find(", device)"));
  expectSameAsFullParse(code, {{0, 12, "import mindspore as ms\nfrom mindspore import mint"},
                               {device, device + 8, ""},
                               {cuda, cuda + 7, ""}});
}

TEST(IncrementalParse, HandlesEditsThatAddAndRemoveLines) {
  const std::string code = "class A:\n    def f(self):\n        with ctx():\n            return 1\n";
  const auto at = static_cast<uint32_t>(code.find("        with"));
  expectSameAsFullParse(code, {{at, static_cast<uint32_t>(code.size()), "        return 1\n"}});
  expectSameAsFullParse(code, {{0, 0, "\"\"\"Doc\n\nmore\n\"\"\"\n"}});
}

}  // namespace
}  // namespace pyconv
