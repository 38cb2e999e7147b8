#pragma once
// Builds the scopes and bindings of a SemanticModel in one walk of the tree. Private to libpyconv.
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pyconv/Semantic.hpp"

namespace pyconv::semantic {

struct Scope {
  enum class Kind { Module, Class, Function, Comprehension };
  Kind kind = Kind::Module;
  int parent = -1;
  Node node;
  std::unordered_map<std::string, std::vector<uint32_t>> names;  // name -> binding indices
  std::unordered_set<std::string> globals;
  std::unordered_set<std::string> nonlocals;
};

struct ScopeTable {
  std::vector<Scope> scopes;                         // scopes[0] is the module
  std::vector<Binding> bindings;                     // in document order of their statements
  std::unordered_map<const void*, int> scopeOfNode;  // scope-creating node id -> scope index
  std::vector<Node> referenceIdentifiers;            // identifiers read as names
  std::unordered_map<const void*, int> scopeOfReference;  // their scopes, known from the walk
  std::unordered_map<const void*, uint32_t> bindingOfNode;  // binding occurrences -> their binding
};

ScopeTable buildScopes(const Tree& tree, const std::string& package);

// "..utils" in package "transformers.models.bert" -> "transformers.models.utils".
std::string resolveRelativeModule(std::string_view relative, const std::string& package);

}  // namespace pyconv::semantic
