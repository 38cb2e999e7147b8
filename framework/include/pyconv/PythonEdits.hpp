#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"
#include "pyconv/Node.hpp"
#include "pyconv/SyntaxPredicates.hpp"  // the questions about syntax these edits are built on

namespace pyconv {

// Edit builders: byte edits of Python source that keep it valid and keep the comments they do not
// own. The questions about syntax (what encloses a node, which argument is a keyword) are in
// SyntaxPredicates.hpp.

// The offset where the line holding `offset` starts, and the offset just after that line's end.
PYCONV_API uint32_t lineStartOf(std::string_view text, uint32_t offset);
PYCONV_API uint32_t afterLineOf(std::string_view text, uint32_t offset);

// Removes the whole lines `node` spans (a decorator, a statement known to stand alone).
PYCONV_API Edit removeLines(Node node);

// True if a comment node starts inside bytes [begin, end) of the tree that `anyNode` belongs to.
// A Safe fix never deletes a comment it does not own.
PYCONV_API bool rangeHasComment(Node anyNode, uint32_t begin, uint32_t end);

// True if `edit` deletes or cuts a comment that is not part of code it removes whole: a comment
// partly inside the edit, or one whose enclosing code (argument list, statement, block) is not
// entirely inside the edit (e.g. a trailing comment of a line that stays). Safe fixes must not
// (docs/fix-engine.md: a Safe fix touches no comment outside the code it removes).
PYCONV_API bool dropsForeignComment(Node anyNode, const Edit& edit);

// Removes a statement with its line when it stands alone on its lines, keeping a trailing
// comment; a block left with no statement gets `pass` instead, so the result still parses.
PYCONV_API Edit removeStatement(Node statement);

// Removes one argument of a call (or one parameter of a def) with its comma, whatever the layout:
// `f(a, b)`, `f(a, b,)`, one argument per line, comments between them. An argument standing
// alone on its lines goes with its lines. Callers judge comments with rangeHasComment.
PYCONV_API Edit removeArgument(Node argument);

// Removes several arguments of one list at once (edits that cannot overlap, unlike one
// removeArgument per argument when they are neighbours).
PYCONV_API std::vector<Edit> removeArguments(const std::vector<Node>& arguments);

// Replaces a compound `statement` by the lines of one of its blocks (the body of a `with`, the
// branch of an `if` that is taken), dedented to the statement's indentation. Comments above the
// block's first statement come along; lines inside multi-line strings keep their text.
PYCONV_API Edit replaceWithBlock(Node statement, Node block);

// The edit that keeps only the branch of `ifStatement` a condition known to be `value` takes: the
// body when true; when false the else body, the elif chain from its first elif, or nothing at all.
PYCONV_API Edit keepBranch(Node ifStatement, bool value);

// What a condition evaluates to when `atom` knows the value of some of its parts: `not`, `and`,
// `or` and parentheses are combined (an unknown side decides nothing unless the other one does);
// nullopt when the result is not known.
PYCONV_API std::optional<bool> evaluateCondition(Node condition, const std::function<std::optional<bool>(Node)>& atom);

// The same evaluation, keeping what stays unknown: the value when known, else the condition's
// text without its known parts (a true side of `and` and a false side of `or` go, so
// `x and not guard()` -> `x`). Unchanged parts keep their original text, comments included;
// parentheses are kept, so dropping a side never regroups the rest.
using FoldedCondition = std::variant<bool, std::string>;
PYCONV_API FoldedCondition foldCondition(Node condition, const std::function<std::optional<bool>(Node)>& atom);

// Whether replacing `node` by `replacement` loses one of the comments inside it. (dropsForeignComment
// is about removed code owning its comments; a rewrite may keep the code a comment annotates.)
PYCONV_API bool losesComment(Node node, std::string_view replacement);

// replaceWithBlock(withStatement, its body).
PYCONV_API Edit unwrapWith(Node withStatement);

// Replaces `node` with `replacement`; lines after the first are indented like `node`'s line.
PYCONV_API Edit replaceExpression(Node node, std::string_view replacement);

}  // namespace pyconv
