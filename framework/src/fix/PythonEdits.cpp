#include "pyconv/PythonEdits.hpp"

#include <string_view>

#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

bool hasCommentIn(Node node, uint32_t begin, uint32_t end) {
  if (node.end() <= begin || node.begin() >= end) return false;
  if (node.kind() == "comment") return node.begin() >= begin;
  for (uint32_t i = 0; i < node.childCount(); ++i) {
    if (hasCommentIn(node.child(i), begin, end)) return true;
  }
  return false;
}

bool isBlockLike(std::string_view kind) { return kind == "block" || kind == "module"; }

bool isBlank(std::string_view s) { return s.find_first_not_of(" \t\f") == std::string_view::npos; }

}  // namespace

bool rangeHasComment(Node anyNode, uint32_t begin, uint32_t end) {
  if (anyNode.isNull()) return false;
  return hasCommentIn(anyNode.tree()->root(), begin, end);
}

Node enclosingStatement(Node node) {
  for (Node n = node; !n.isNull(); n = n.parent()) {
    const Node parent = n.parent();
    if (!parent.isNull() && isBlockLike(parent.kind())) return n;
  }
  return {};
}

Edit removeStatement(Node statement) {
  const std::string_view text = statement.tree()->text();
  const Node block = statement.parent();
  bool hasOtherStatement = false;
  for (uint32_t i = 0; i < block.namedChildCount(); ++i) {
    const Node sibling = block.namedChild(i);
    if (!(sibling == statement) && sibling.kind() != "comment") hasOtherStatement = true;
  }
  // A block must keep a statement (the module may be empty).
  if (!hasOtherStatement && block.kind() == "block") return Edit{statement.begin(), statement.end(), "pass"};

  const auto lineStart = text.rfind('\n', statement.begin() == 0 ? 0 : statement.begin() - 1);
  const uint32_t start = lineStart == std::string_view::npos || statement.begin() == 0
                             ? 0
                             : static_cast<uint32_t>(lineStart + 1);
  auto lineEnd = text.find('\n', statement.end());
  const uint32_t end = lineEnd == std::string_view::npos ? static_cast<uint32_t>(text.size())
                                                         : static_cast<uint32_t>(lineEnd + 1);
  const std::string_view before = text.substr(start, statement.begin() - start);
  std::string_view after = text.substr(statement.end(), end - statement.end());
  if (!isBlank(before)) return Edit{statement.begin(), statement.end(), "pass"};
  const auto rest = after.find_first_not_of(" \t\f\r\n");
  if (rest == std::string_view::npos) return Edit{start, end, ""};
  if (after[rest] == '#') return Edit{statement.begin(), static_cast<uint32_t>(statement.end() + rest), ""};
  return Edit{statement.begin(), statement.end(), "pass"};
}

}  // namespace pyconv
