#include "pyconv/PythonEdits.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "pyconv/Tree.hpp"
#include "syntax/TsNode.hpp"

namespace pyconv {
namespace {

bool hasCommentIn(Node node, uint32_t begin, uint32_t end) {
  if (node.end() <= begin || node.begin() >= end) return false;
  if (node.is(syntax::Kind::Comment)) return node.begin() >= begin;
  for (uint32_t i = 0; i < node.childCount(); ++i) {
    if (hasCommentIn(node.child(i), begin, end)) return true;
  }
  return false;
}

bool isBlank(std::string_view s) { return s.find_first_not_of(" \t\f") == std::string_view::npos; }

}  // namespace

bool rangeHasComment(Node anyNode, uint32_t begin, uint32_t end) {
  if (anyNode.isNull()) return false;
  return hasCommentIn(anyNode.tree()->root(), begin, end);
}

namespace {

// The comments that overlap [begin, end), in document order. One cursor walk that jumps to the
// first child reaching past `begin` at each level and stops at the first node starting at or past
// `end` (every later node starts later still): the cost is the depth plus the nodes in the range,
// not the file (an index loop from the root made each edit cost the whole file).
void collectComments(Node root, uint32_t begin, uint32_t end, std::vector<Node>& out) {
  const Tree* tree = root.tree();
  TSTreeCursor cursor = ts_tree_cursor_new(toTs(root));
  bool descend = true;
  while (true) {
    const TSNode node = ts_tree_cursor_current_node(&cursor);
    if (descend) {
      if (ts_node_start_byte(node) >= end) break;
      if (ts_node_end_byte(node) > begin) {
        if (std::string_view(ts_node_type(node)) == "comment") {
          out.push_back(fromTs(node, tree));
        } else if (ts_tree_cursor_goto_first_child_for_byte(&cursor, begin) >= 0) {
          continue;
        }
      }
    }
    if (ts_tree_cursor_goto_next_sibling(&cursor)) {
      descend = true;
      continue;
    }
    if (!ts_tree_cursor_goto_parent(&cursor)) break;
    descend = false;
  }
  ts_tree_cursor_delete(&cursor);
}

}  // namespace

bool dropsForeignComment(Node anyNode, const Edit& edit) {
  if (anyNode.isNull() || edit.begin == edit.end) return false;
  std::vector<Node> comments;
  collectComments(anyNode.tree()->root(), edit.begin, edit.end, comments);
  for (const Node comment : comments) {
    if (comment.begin() < edit.begin || comment.end() > edit.end) return true;  // cut in part
    // Owned: the code the comment sits in (its parent node) goes whole with it, or the comment
    // stands on its own line above removed code (or after the last of it).
    const Node parent = comment.parent();
    const bool inRemovedParent = parent.syntaxKind() != syntax::Kind::Module && parent.begin() >= edit.begin && parent.end() <= edit.end;
    const std::string_view text = comment.tree()->text();
    const auto lineStart = text.rfind('\n', comment.begin() == 0 ? 0 : comment.begin() - 1);
    const auto before = text.substr(lineStart == std::string_view::npos ? 0 : lineStart + 1,
                                    comment.begin() - (lineStart == std::string_view::npos ? 0 : lineStart + 1));
    const bool ownLine = before.find_first_not_of(" \t") == std::string_view::npos;
    Node next = comment.nextNamedSibling();
    while (next && next.is(syntax::Kind::Comment)) next = next.nextNamedSibling();
    const Node previous = comment.prevNamedSibling();
    const bool aboveRemoved = next ? next.begin() >= edit.begin && next.end() <= edit.end
                                   : previous && previous.begin() >= edit.begin && previous.end() <= edit.end;
    // A trailing comment whose whole line goes (code and all) goes with that code.
    const auto lineEnd = text.find('\n', comment.end());
    const uint32_t lineStartOffset = lineStart == std::string_view::npos ? 0 : static_cast<uint32_t>(lineStart + 1);
    const bool wholeLineRemoved = edit.begin <= lineStartOffset &&
                                  (lineEnd == std::string_view::npos ? edit.end >= text.size() : edit.end > lineEnd);
    if (!inRemovedParent && !(ownLine && aboveRemoved) && !wholeLineRemoved) return true;
  }
  return false;
}

Edit removeStatement(Node statement) {
  const std::string_view text = statement.tree()->text();
  const Node block = statement.parent();
  bool hasOtherStatement = false;
  for (uint32_t i = 0; i < block.namedChildCount(); ++i) {
    const Node sibling = block.namedChild(i);
    if (!(sibling == statement) && sibling.syntaxKind() != syntax::Kind::Comment) hasOtherStatement = true;
  }
  // A block must keep a statement (the module may be empty).
  if (!hasOtherStatement && block.is(syntax::Kind::Block)) return Edit{statement.begin(), statement.end(), "pass"};

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
  if (rest == std::string_view::npos) {
    // Between two blank lines, the statement's going would leave two in a row: take one with it.
    const auto blankLineAt = [&](uint32_t at) {
      const auto eol = text.find('\n', at);
      return eol != std::string_view::npos && isBlank(text.substr(at, eol - at)) && text.substr(at, eol - at).find('\r') == std::string_view::npos
                 ? static_cast<uint32_t>(eol + 1)
                 : 0u;
    };
    const bool blankBefore = start >= 2 && text[start - 1] == '\n' && (text[start - 2] == '\n');
    if (const uint32_t next = blankLineAt(end); blankBefore && next != 0) return Edit{start, next, ""};
    return Edit{start, end, ""};
  }
  if (after[rest] == '#') return Edit{statement.begin(), static_cast<uint32_t>(statement.end() + rest), ""};
  return Edit{statement.begin(), statement.end(), "pass"};
}

}  // namespace pyconv

namespace pyconv {
namespace {

bool onlySpaceBetween(std::string_view text, uint32_t begin, uint32_t end) {
  return text.substr(begin, end - begin).find_first_not_of(" \t\f") == std::string_view::npos;
}

// The next sibling that is an element of the list (not a comma, comment or bracket).
Node nextElement(Node node) {
  for (Node n = node.nextNamedSibling(); n; n = n.nextNamedSibling()) {
    if (n.syntaxKind() != syntax::Kind::Comment) return n;
  }
  return {};
}

Node previousElement(Node node) {
  for (Node n = node.prevNamedSibling(); n; n = n.prevNamedSibling()) {
    if (n.syntaxKind() != syntax::Kind::Comment) return n;
  }
  return {};
}

// True if a line starting at `offset` lies inside a string that began on an earlier line.
bool insideMultilineString(Node root, uint32_t offset) {
  for (Node n = root; n;) {
    Node inner;
    for (uint32_t i = 0; i < n.childCount(); ++i) {
      const Node child = n.child(i);
      if (child.begin() < offset && offset < child.end()) {
        inner = child;
        break;
      }
    }
    if (!inner) return false;
    if (inner.is(syntax::Kind::String)) return true;
    n = inner;
  }
  return false;
}

}  // namespace

uint32_t lineStartOf(std::string_view text, uint32_t offset) {
  const auto newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : static_cast<uint32_t>(newline + 1);
}

uint32_t afterLineOf(std::string_view text, uint32_t offset) {
  const auto newline = text.find('\n', offset);
  return newline == std::string_view::npos ? static_cast<uint32_t>(text.size()) : static_cast<uint32_t>(newline + 1);
}

Edit removeLines(Node node) {
  const std::string_view text = node.tree()->text();
  return Edit{lineStartOf(text, node.begin()), afterLineOf(text, node.end()), ""};
}

Edit removeArgument(Node argument) {
  const std::string_view text = argument.tree()->text();
  const Node next = nextElement(argument);
  const Node previous = previousElement(argument);
  Node comma = argument.nextSibling();
  while (comma && comma.is(syntax::Kind::Comment)) comma = comma.nextSibling();
  const uint32_t end = comma && comma.kind() == "," ? comma.end() : argument.end();

  const uint32_t lineStart = lineStartOf(text, argument.begin());
  const uint32_t lineEnd = afterLineOf(text, end);
  // Alone on its lines: nothing before it, and after it (and its comma) nothing or a comment,
  // which then is about this argument and goes with it.
  const std::string_view after = text.substr(end, lineEnd - end);
  const auto rest = after.find_first_not_of(" \t\f\r\n");
  const bool aloneOnItsLines = onlySpaceBetween(text, lineStart, argument.begin()) &&
                               (rest == std::string_view::npos || after[rest] == '#');
  if (aloneOnItsLines) return Edit{lineStart, lineEnd, ""};
  if (next) return Edit{argument.begin(), next.begin(), ""};
  if (previous) return Edit{previous.end(), argument.end(), ""};
  return Edit{argument.begin(), end, ""};
}

Edit replaceWithBlock(Node statement, Node block) {
  const std::string_view text = statement.tree()->text();
  const uint32_t statementLine = lineStartOf(text, statement.begin());
  // The ':' that opens the block, in the block's own header (if, else, with, ...).
  Node colon;
  for (Node n = block.prevSibling(); n && !colon; n = n.prevSibling()) {
    if (n.kind() == ":") colon = n;
  }
  if (lineStartOf(text, block.begin()) == lineStartOf(text, colon ? colon.begin() : block.begin())) {
    return Edit{statement.begin(), statement.end(), std::string(block.text())};  // `with x: y()`
  }
  const std::string_view indent = text.substr(statementLine, statement.begin() - statementLine);
  const uint32_t depth = block.begin() - lineStartOf(text, block.begin());
  const uint32_t removeWidth = depth > indent.size() ? depth - static_cast<uint32_t>(indent.size()) : 0;
  // From the line after the header, so comments above the first statement come along.
  uint32_t line = afterLineOf(text, colon ? colon.end() : block.begin());
  std::string out;
  const Node root = statement.tree()->root();
  while (line < block.end()) {
    const uint32_t next = afterLineOf(text, line);
    std::string_view content = text.substr(line, std::min(next, block.end()) - line);
    if (!insideMultilineString(root, line)) {
      // Never left of the statement itself: a comment at the header's depth stays there.
      const std::size_t leading = std::min(content.find_first_not_of(" \t"), content.size());
      const std::size_t room = leading > indent.size() ? leading - indent.size() : 0;
      content.remove_prefix(std::min<std::size_t>(removeWidth, room));
    }
    out += content;
    line = next;
  }
  return Edit{statementLine, statement.end(), out};
}

Edit keepBranch(Node ifStatement, bool value) {
  if (value) return replaceWithBlock(ifStatement, ifStatement.field(syntax::Field::Consequence));
  const Node alternative = ifStatement.field(syntax::Field::Alternative);
  if (!alternative) return removeStatement(ifStatement);
  if (alternative.is(syntax::Kind::ElseClause)) return replaceWithBlock(ifStatement, alternative.field(syntax::Field::Body));
  // `elif`: the chain starts there; "elif" becomes "if" where the `if` stood.
  return Edit{ifStatement.begin(), alternative.begin() + 4, "if"};
}

bool losesComment(Node node, std::string_view replacement) {
  for (const Node child : node.namedChildren()) {
    if (child.is(syntax::Kind::Comment) ? replacement.find(child.text()) == std::string_view::npos
                                  : losesComment(child, replacement)) {
      return true;
    }
  }
  return false;
}

Edit unwrapWith(Node withStatement) { return replaceWithBlock(withStatement, withStatement.field(syntax::Field::Body)); }

std::vector<Edit> removeArguments(const std::vector<Node>& arguments) {
  if (arguments.size() == 1) return {removeArgument(arguments.front())};
  std::vector<Edit> edits;
  if (arguments.empty()) return edits;
  // The list's elements in order, and which of them go.
  const Node list = arguments.front().parent();
  std::vector<Node> elements;
  for (uint32_t i = 0; i < list.namedChildCount(); ++i) {
    const Node n = list.namedChild(i);
    if (n.syntaxKind() != syntax::Kind::Comment) elements.push_back(n);
  }
  auto removed = [&](const Node& n) { return std::find(arguments.begin(), arguments.end(), n) != arguments.end(); };
  for (std::size_t i = 0; i < elements.size();) {
    if (!removed(elements[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j + 1 < elements.size() && removed(elements[j + 1])) ++j;
    if (i == j) {
      edits.push_back(removeArgument(elements[i]));
    } else if (j + 1 < elements.size()) {
      edits.push_back(Edit{elements[i].begin(), elements[j + 1].begin(), ""});
    } else if (i > 0) {
      edits.push_back(Edit{elements[i - 1].end(), elements[j].end(), ""});
    } else {
      Node comma = elements[j].nextSibling();
      edits.push_back(Edit{elements[i].begin(), comma && comma.kind() == "," ? comma.end() : elements[j].end(), ""});
    }
    i = j + 1;
  }
  return edits;
}

Edit replaceExpression(Node node, std::string_view replacement) {
  const std::string_view text = node.tree()->text();
  const uint32_t lineStart = lineStartOf(text, node.begin());
  const std::string_view line = text.substr(lineStart, node.begin() - lineStart);
  const std::string indent(line.substr(0, line.find_first_not_of(" \t")));
  std::string out;
  for (char c : replacement) {
    out += c;
    if (c == '\n') out += indent;
  }
  return Edit{node.begin(), node.end(), out};
}

}  // namespace pyconv
