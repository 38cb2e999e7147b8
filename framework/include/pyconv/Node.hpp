#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/SyntaxKinds.hpp"  // generated from the grammar at build time

namespace pyconv {

class Tree;

// A syntax node: a small value, valid while its Tree lives. It mirrors tree-sitter's TSNode so
// that no SDK header depends on tree-sitter; only libpyconv converts between the two.
class PYCONV_API Node {
 public:
  struct Raw {
    uint32_t context[4];
    const void* id;
    const void* tree;
  };

  Node() = default;
  Node(Raw raw, const Tree* tree) : raw_(raw), tree_(tree) {}

  bool isNull() const;
  explicit operator bool() const { return !isNull(); }
  std::string_view kind() const;
  // The node's named kind (syntax::Kind::Other for anonymous tokens and error nodes): a number
  // compared, where kind() is a string; typed views are in pyconv/SyntaxViews.hpp.
  syntax::Kind syntaxKind() const;
  bool is(syntax::Kind kind) const { return syntaxKind() == kind; }
  bool isNamed() const;
  bool isError() const;
  bool isMissing() const;
  bool hasError() const;

  uint32_t begin() const;
  uint32_t end() const;
  std::string_view text() const;

  Node parent() const;
  uint32_t childCount() const;
  Node child(uint32_t index) const;
  uint32_t namedChildCount() const;
  Node namedChild(uint32_t index) const;
  Node field(std::string_view fieldName) const;
  Node field(syntax::Field field) const;
  // Every child in the field, in order (`alternative` of an if statement holds several).
  std::vector<Node> fields(syntax::Field field) const;
  // All (named) children in order, walked with a cursor: O(n), where calling namedChild(i) for
  // every i is O(n^2) in tree-sitter.
  std::vector<Node> children() const;
  std::vector<Node> namedChildren() const;
  Node nextSibling() const;
  Node prevSibling() const;
  Node nextNamedSibling() const;
  Node prevNamedSibling() const;
  // The smallest named node under this one (or this one) that spans the bytes [begin, end): a
  // descent of one path, where a walk would visit everything (find a word in the text, then ask
  // what it is).
  Node namedDescendantFor(uint32_t begin, uint32_t end) const;

  const Tree* tree() const { return tree_; }
  const Raw& raw() const { return raw_; }
  bool operator==(const Node& other) const;

 private:
  Raw raw_{};
  const Tree* tree_ = nullptr;
};

}  // namespace pyconv
