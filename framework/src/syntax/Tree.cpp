#include "pyconv/Tree.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "syntax/ParentCache.hpp"
#include "syntax/SyntaxProblems.hpp"
#include "syntax/TsNode.hpp"

extern "C" const TSLanguage* tree_sitter_python();

namespace pyconv {

Tree::Tree(std::string text, TSTree* tree) : text_(std::move(text)), tree_(tree) {}
Tree::~Tree() { ts_tree_delete(tree_); }

Tree::ParentCache& Tree::parentCache() const {
  if (!parents_) parents_ = std::make_unique<ParentCache>();
  return *parents_;
}

Node Tree::root() const { return fromTs(ts_tree_root_node(tree_), this); }

const std::vector<SyntaxProblem>& Tree::syntaxProblems() const {
  if (!problems_) problems_ = std::make_unique<std::vector<SyntaxProblem>>(findSyntaxProblems(*this));
  return *problems_;
}

const std::vector<Node>& Tree::rootChildren() const {
  if (!rootChildren_) {
    rootChildren_ = std::make_unique<std::vector<Node>>();
    TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree_));
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      do {
        rootChildren_->push_back(fromTs(ts_tree_cursor_current_node(&cursor), this));
      } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
  }
  return *rootChildren_;
}

bool Tree::tooDeepToAnalyse() const {
  const auto& problems = syntaxProblems();
  return std::any_of(problems.begin(), problems.end(),
                     [](const SyntaxProblem& p) { return std::string_view(p.message).starts_with(kTooDeepMessage); });
}

Parser::Parser() : parser_(ts_parser_new()) {
  if (!ts_parser_set_language(parser_, tree_sitter_python())) {
    ts_parser_delete(parser_);
    throw std::runtime_error("the Python grammar's ABI does not match the tree-sitter core");
  }
}

Parser::~Parser() { ts_parser_delete(parser_); }

std::unique_ptr<Tree> Parser::parse(std::string text) {
  TSTree* tree = ts_parser_parse_string(parser_, nullptr, text.data(), static_cast<uint32_t>(text.size()));
  if (tree == nullptr) throw std::runtime_error("tree-sitter failed to parse");
  // tree-sitter keeps no pointer into `text`; the Tree owns it so nodes can show their text.
  return std::make_unique<Tree>(std::move(text), tree);
}

namespace {

// Advances a tree-sitter point (row, byte column) over `text`.
TSPoint advancePoint(TSPoint point, std::string_view text) {
  for (char c : text) {
    if (c == '\n') {
      ++point.row;
      point.column = 0;
    } else {
      ++point.column;
    }
  }
  return point;
}

}  // namespace

std::unique_ptr<Tree> Parser::reparse(const Tree& previous, std::string newText, const std::vector<Edit>& edits) {
  TSTree* edited = ts_tree_copy(previous.raw());
  const std::string_view old = previous.text();
  // tree-sitter counts rows by '\n' and columns in bytes.
  std::vector<uint32_t> newlines;
  for (uint32_t i = 0; i < old.size(); ++i) {
    if (old[i] == '\n') newlines.push_back(i);
  }
  auto pointAt = [&](uint32_t offset) {
    const auto row = static_cast<uint32_t>(std::lower_bound(newlines.begin(), newlines.end(), offset) - newlines.begin());
    return TSPoint{row, row == 0 ? offset : offset - newlines[row - 1] - 1};
  };
  // Edits are applied from the last to the first, so each one's offsets and points are still
  // those of the old text.
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    TSInputEdit input;
    input.start_byte = it->begin;
    input.old_end_byte = it->end;
    input.new_end_byte = it->begin + static_cast<uint32_t>(it->replacement.size());
    input.start_point = pointAt(it->begin);
    input.old_end_point = pointAt(it->end);
    input.new_end_point = advancePoint(input.start_point, it->replacement);
    ts_tree_edit(edited, &input);
  }
  TSTree* tree = ts_parser_parse_string(parser_, edited, newText.data(), static_cast<uint32_t>(newText.size()));
  ts_tree_delete(edited);
  if (tree == nullptr) throw std::runtime_error("tree-sitter failed to parse");
  return std::make_unique<Tree>(std::move(newText), tree);
}

std::string Tree::sexp() const {
  char* raw = ts_node_string(ts_tree_root_node(tree_));
  std::string result(raw);
  std::free(raw);
  return result;
}

std::string_view grammarId() { return PYCONV_GRAMMAR_ID; }

std::string_view treeSitterVersion() { return PYCONV_TREE_SITTER_VERSION; }

unsigned grammarAbiVersion() { return ts_language_abi_version(tree_sitter_python()); }

}  // namespace pyconv
