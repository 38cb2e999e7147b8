#include "pyconv/Node.hpp"

#include <algorithm>

#include "pyconv/Tree.hpp"
#include "syntax/GrammarTables.hpp"
#include "syntax/ParentCache.hpp"
#include "syntax/TsNode.hpp"

namespace pyconv {

bool Node::isNull() const { return tree_ == nullptr || ts_node_is_null(toTs(*this)); }
std::string_view Node::kind() const { return isNull() ? std::string_view{} : ts_node_type(toTs(*this)); }
syntax::Kind Node::syntaxKind() const {
  return isNull() ? syntax::Kind::Other : syntax::kindOfSymbol(ts_node_symbol(toTs(*this)));
}
bool Node::isNamed() const { return !isNull() && ts_node_is_named(toTs(*this)); }
bool Node::isError() const { return !isNull() && ts_node_is_error(toTs(*this)); }
bool Node::isMissing() const { return !isNull() && ts_node_is_missing(toTs(*this)); }
bool Node::hasError() const { return !isNull() && ts_node_has_error(toTs(*this)); }

uint32_t Node::begin() const { return isNull() ? 0 : ts_node_start_byte(toTs(*this)); }
uint32_t Node::end() const { return isNull() ? 0 : ts_node_end_byte(toTs(*this)); }

std::string_view Node::text() const {
  if (isNull()) return {};
  return std::string_view(tree_->text()).substr(begin(), end() - begin());
}

// tree-sitter finds a parent by descending from the root, and at each level it scans the children
// before the one that holds the node: at the top of a long module, every statement before it, so a
// parent() per node made a pass over a module quadratic in its top-level statements. The top
// level is found here by binary search over the root's children; below it, tree-sitter's own
// descent, step for step as ts_node_parent takes it, remembering the parent of every node it
// passes (the tree's ParentCache): the next step of a walk up is then a lookup. An empty node
// (which several children may border) goes the whole way with tree-sitter. The root has no parent,
// and is asked first: a top-level statement that spans the whole text (no newline after it)
// covers the root's bytes too.
Node Node::parent() const {
  if (isNull()) return {};
  const TSNode self = toTs(*this);
  auto& known = tree_->parentCache().parentOf;
  if (const auto it = known.find(self.id); it != known.end()) return fromTs(it->second, tree_);
  const TSNode root = ts_tree_root_node(tree_->raw());
  auto remember = [&](TSNode parent) {
    known.emplace(self.id, parent);
    return fromTs(parent, tree_);
  };
  if (ts_node_eq(self, root)) return remember(TSNode{});
  const uint32_t begin = ts_node_start_byte(self), end = ts_node_end_byte(self);
  const auto& top = tree_->rootChildren();
  const auto after = std::upper_bound(top.begin(), top.end(), begin, [](uint32_t at, const Node& n) { return at < n.begin(); });
  if (begin == end || after == top.begin() || std::prev(after)->end() < end || std::prev(after)->begin() == std::prev(after)->end()) {
    return remember(ts_node_parent(self));
  }
  TSNode node = toTs(*std::prev(after));
  if (!ts_node_is_named(node) && ts_node_child_count(node) == 0) return remember(ts_node_parent(self));
  if (ts_node_eq(node, self)) return remember(root);
  known.emplace(node.id, root);
  while (true) {
    const TSNode next = ts_node_child_with_descendant(node, self);
    if (ts_node_is_null(next) || ts_node_eq(next, self)) break;
    known.emplace(next.id, node);
    node = next;
  }
  return remember(node);
}
uint32_t Node::childCount() const { return isNull() ? 0 : ts_node_child_count(toTs(*this)); }
Node Node::child(uint32_t index) const {
  return isNull() ? Node{} : fromTs(ts_node_child(toTs(*this), index), tree_);
}
uint32_t Node::namedChildCount() const { return isNull() ? 0 : ts_node_named_child_count(toTs(*this)); }
Node Node::namedChild(uint32_t index) const {
  return isNull() ? Node{} : fromTs(ts_node_named_child(toTs(*this), index), tree_);
}
Node Node::field(std::string_view fieldName) const {
  if (isNull()) return {};
  const TSFieldId id = syntax::fieldIdByName(fieldName);
  return id == 0 ? Node{} : fromTs(ts_node_child_by_field_id(toTs(*this), id), tree_);
}
Node Node::field(syntax::Field field) const {
  return isNull() ? Node{} : fromTs(ts_node_child_by_field_id(toTs(*this), syntax::fieldId(field)), tree_);
}
std::vector<Node> Node::fields(syntax::Field field) const {
  std::vector<Node> out;
  const TSFieldId id = isNull() ? 0 : syntax::fieldId(field);
  forEachChild(*this, [&](TSNode child, TSFieldId childField) {
    if (childField == id) out.push_back(fromTs(child, tree_));
  });
  return out;
}

std::vector<Node> Node::children() const {
  std::vector<Node> out;
  forEachChild(*this, [&](TSNode child, TSFieldId) { out.push_back(fromTs(child, tree_)); });
  return out;
}
std::vector<Node> Node::namedChildren() const {
  std::vector<Node> out;
  forEachNamedChild(*this, [&](Node child) { out.push_back(child); });
  return out;
}

Node Node::nextSibling() const { return isNull() ? Node{} : fromTs(ts_node_next_sibling(toTs(*this)), tree_); }
Node Node::prevSibling() const { return isNull() ? Node{} : fromTs(ts_node_prev_sibling(toTs(*this)), tree_); }
Node Node::nextNamedSibling() const {
  return isNull() ? Node{} : fromTs(ts_node_next_named_sibling(toTs(*this)), tree_);
}
Node Node::prevNamedSibling() const {
  return isNull() ? Node{} : fromTs(ts_node_prev_named_sibling(toTs(*this)), tree_);
}

Node Node::namedDescendantFor(uint32_t begin, uint32_t end) const {
  return isNull() ? Node{} : fromTs(ts_node_named_descendant_for_byte_range(toTs(*this), begin, end), tree_);
}

bool Node::operator==(const Node& other) const {
  if (isNull() || other.isNull()) return isNull() == other.isNull();
  return tree_ == other.tree_ && ts_node_eq(toTs(*this), toTs(other));
}

}  // namespace pyconv
