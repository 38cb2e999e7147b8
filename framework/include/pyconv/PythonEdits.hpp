#pragma once
#include <cstdint>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"
#include "pyconv/Node.hpp"

namespace pyconv {

// True if a comment node starts inside bytes [begin, end) of the tree that `anyNode` belongs to.
// A Safe fix never deletes a comment it does not own.
PYCONV_API bool rangeHasComment(Node anyNode, uint32_t begin, uint32_t end);

// Removes a statement with its line when it stands alone on its lines, keeping a trailing
// comment; a block left with no statement gets `pass` instead, so the result still parses.
PYCONV_API Edit removeStatement(Node statement);

// The statement (child of a block or module) that contains `node`, or a null node.
PYCONV_API Node enclosingStatement(Node node);

}  // namespace pyconv
