#pragma once
// The parents Node::parent has found in one tree. tree-sitter finds a node's parent by descending
// from the root, so a walk up from a node (to its statement, its class) cost a descent per step;
// every descent passes the node's ancestors, and remembering each one's parent on the way makes
// the rest of the walk up a lookup. Private to libpyconv.
#include <tree_sitter/api.h>

#include <unordered_map>

#include "pyconv/Tree.hpp"

namespace pyconv {

struct Tree::ParentCache {
  // Keyed by TSNode::id, which tells apart the nodes of one tree; the root maps to a null node.
  std::unordered_map<const void*, TSNode> parentOf;
};

}  // namespace pyconv
