#pragma once
#include <optional>
#include <string_view>

#include "pyconv/Export.hpp"
#include "pyconv/Node.hpp"

// Questions about Python syntax that checks ask of the tree, shared so that each has one answer
// (the edit builders that act on the answers are in PythonEdits.hpp).
namespace pyconv {

// The statement (child of a block or module) that contains `node`, or a null node.
PYCONV_API Node enclosingStatement(Node node);

// The innermost ancestor of `node` (not `node` itself) of this kind (syntax::Kind::ClassDefinition,
// ...), or a null node.
PYCONV_API Node enclosingOfKind(Node node, syntax::Kind kind);

// A name or a chain of attributes (`x`, `self.cache`): cheap to evaluate again.
PYCONV_API bool isPlainReference(Node node);

// The text of a plain string literal ("x", r'x', """x"""), or nullopt for an f-string, a bytes
// literal, or one with escapes or interpolations.
PYCONV_API std::optional<std::string_view> plainStringLiteral(Node node);

// The keyword argument `name=...` of an argument list (`f(x, name=y)`), or a null node.
PYCONV_API Node keywordArgument(Node argumentList, std::string_view name);

// An expression statement that is only a string literal (`"""Text."""`): what a docstring is,
// wherever it stands.
PYCONV_API bool isStringStatement(Node statement);

// A docstring: a string statement that is the first statement of a module, class or function
// body, comments before it aside (transformers files open with a licence comment).
PYCONV_API bool isDocstring(Node statement);

}  // namespace pyconv
