#pragma once
// Conversions between the SDK's Node and tree-sitter's TSNode. Private to libpyconv.
#include <tree_sitter/api.h>

#include <bit>

#include "pyconv/Node.hpp"

namespace pyconv {

static_assert(sizeof(Node::Raw) == sizeof(TSNode), "Node::Raw must mirror TSNode");

inline TSNode toTs(const Node& node) { return std::bit_cast<TSNode>(node.raw()); }
inline Node fromTs(TSNode node, const Tree* tree) { return Node(std::bit_cast<Node::Raw>(node), tree); }

// Calls `visit(child, fieldId)` on each child of `node` in order, walking with a cursor: O(n),
// where child(i) for every i is O(n^2) in tree-sitter, and no vector on the hot walks (the scope
// builder). Node::children, namedChildren and fields are built on it.
template <class Visit>
void forEachChild(const Node& node, Visit&& visit) {
  if (node.isNull()) return;
  struct Cursor {
    TSTreeCursor raw;
    ~Cursor() { ts_tree_cursor_delete(&raw); }  // also when `visit` throws (the per-file budget)
  } cursor{ts_tree_cursor_new(toTs(node))};
  if (!ts_tree_cursor_goto_first_child(&cursor.raw)) return;
  do {
    visit(ts_tree_cursor_current_node(&cursor.raw), ts_tree_cursor_current_field_id(&cursor.raw));
  } while (ts_tree_cursor_goto_next_sibling(&cursor.raw));
}

template <class Visit>
void forEachNamedChild(const Node& node, Visit&& visit) {
  forEachChild(node, [&](TSNode child, TSFieldId) {
    if (ts_node_is_named(child)) visit(fromTs(child, node.tree()));
  });
}

}  // namespace pyconv
