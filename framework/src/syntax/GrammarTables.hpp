#pragma once
// The grammar's symbol and field numbers for the generated syntax::Kind and syntax::Field, looked
// up once per process. Private to libpyconv (the SDK headers never name tree-sitter).
#include <tree_sitter/api.h>

#include <string_view>

#include "pyconv/SyntaxKinds.hpp"

namespace pyconv::syntax {

// The Kind of a node's symbol (its alias when aliased, as ts_node_type names it): the named kind
// of that spelling, or Other for anonymous tokens, ERROR and symbols the enum does not list.
Kind kindOfSymbol(TSSymbol symbol);

// The grammar's id of a field.
TSFieldId fieldId(Field field);

// The id of a field spelled as a string (0 when the grammar has no such field), from a table:
// tree-sitter's own lookup compares the name with every field name at every call.
TSFieldId fieldIdByName(std::string_view name);

}  // namespace pyconv::syntax
