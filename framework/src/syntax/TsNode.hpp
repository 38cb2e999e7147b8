#pragma once
// Conversions between the SDK's Node and tree-sitter's TSNode. Private to libpyconv.
#include <tree_sitter/api.h>

#include <bit>

#include "pyconv/Node.hpp"

namespace pyconv {

static_assert(sizeof(Node::Raw) == sizeof(TSNode), "Node::Raw must mirror TSNode");

inline TSNode toTs(const Node& node) { return std::bit_cast<TSNode>(node.raw()); }
inline Node fromTs(TSNode node, const Tree* tree) { return Node(std::bit_cast<Node::Raw>(node), tree); }

}  // namespace pyconv
