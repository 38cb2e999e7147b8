#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"
#include "pyconv/Node.hpp"

struct TSTree;
struct TSParser;

namespace pyconv {

// Something in a text that CPython rejects. `message` is empty for a plain syntax error (an
// ERROR node of tree-sitter's error recovery).
struct SyntaxProblem {
  uint32_t begin;
  uint32_t end;
  std::string message;
};

// A parsed Python text. Owns the text, so nodes' text views stay valid as long as the tree.
class PYCONV_API Tree {
 public:
  Tree(std::string text, TSTree* tree);
  ~Tree();
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  Node root() const;
  const std::string& text() const { return text_; }
  // What CPython rejects in the text, in document order (computed once per tree): ERROR and
  // MISSING nodes, and what tree-sitter's lenient grammar accepts but no Python 3 does — Python 2
  // statements and operators, an empty block, inconsistent tabs and spaces in indentation.
  const std::vector<SyntaxProblem>& syntaxProblems() const;
  // Their number: the measure of how broken a text is (the syntax guard compares it).
  std::size_t errorCount() const { return syntaxProblems().size(); }
  // Whether the tree is nested too deep to be analysed (one of the syntax problems says so): the
  // engine then runs no check on it.
  bool tooDeepToAnalyse() const;
  // The S-expression of the whole tree (tests compare incremental and full parses with it).
  std::string sexp() const;
  TSTree* raw() const { return tree_; }
  // The root's children, named or not, in document order (collected once per tree).
  const std::vector<Node>& rootChildren() const;

 private:
  std::string text_;
  TSTree* tree_;
  mutable std::unique_ptr<std::vector<SyntaxProblem>> problems_;  // syntaxProblems(), once computed
  mutable std::unique_ptr<std::vector<Node>> rootChildren_;       // rootChildren(), once computed
  // The parents Node::parent has found so far (syntax/ParentCache.hpp).
  friend class Node;
  struct ParentCache;
  ParentCache& parentCache() const;
  mutable std::unique_ptr<ParentCache> parents_;
};

// A tree-sitter parser for Python. Not thread-safe: one per worker.
class PYCONV_API Parser {
 public:
  Parser();
  ~Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  std::unique_ptr<Tree> parse(std::string text);
  // Parses `newText`, which is `previous.text()` with `edits` applied (sorted, non-overlapping),
  // reusing the unchanged parts of the previous tree (tree-sitter's incremental parsing).
  std::unique_ptr<Tree> reparse(const Tree& previous, std::string newText, const std::vector<Edit>& edits);

 private:
  TSParser* parser_;
};

// Identifies the grammar compiled into libpyconv (part of the plugin ABI tag).
PYCONV_API std::string_view grammarId();
// The tree-sitter release compiled into libpyconv (the npm package's version).
PYCONV_API std::string_view treeSitterVersion();
// The language ABI the grammar was generated for (tree-sitter's language version).
PYCONV_API unsigned grammarAbiVersion();

}  // namespace pyconv
