#include <algorithm>
#include <iterator>
#include <unordered_set>
#include <vector>

#include "pyconv/Semantic.hpp"
#include "pyconv/Tree.hpp"
#include "semantic/ScopeBuilder.hpp"

namespace pyconv {

using semantic::Scope;

struct SemanticModel::Impl {
  semantic::ScopeTable table;
  mutable std::optional<std::vector<std::vector<Node>>> referencesByBinding;
  // Where each binding's statement starts, read once: choose() compares them for every use, and a
  // name bound thousands of times in one scope (`x = f(x)` line after line) made that quadratic.
  std::vector<uint32_t> statementBegin;
  // Binding lists not in statement order (a binding met in the walk before an earlier-starting
  // one): searched linearly, as before.
  std::unordered_set<const std::vector<uint32_t>*> unsorted;

  void index() {
    statementBegin.reserve(table.bindings.size());
    for (const Binding& b : table.bindings) statementBegin.push_back(b.statement.begin());
    for (const Scope& scope : table.scopes) {
      for (const auto& [name, candidates] : scope.names) {
        const auto byBegin = [&](uint32_t a, uint32_t b) { return statementBegin[a] < statementBegin[b]; };
        if (!std::is_sorted(candidates.begin(), candidates.end(), byBegin)) unsorted.insert(&candidates);
      }
    }
  }

  int scopeIndex(Node n) const {
    const auto it = table.scopeOfNode.find(n.raw().id);
    return it == table.scopeOfNode.end() ? -1 : it->second;
  }

  bool isBindingOccurrence(Node identifier, int scope) const {
    const auto& names = table.scopes[static_cast<std::size_t>(scope)].names;
    const auto it = names.find(std::string(identifier.text()));
    if (it == names.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](uint32_t b) { return table.bindings[b].node == identifier; });
  }

  // The scope a name at `identifier` is looked up in: parameters' defaults and annotations,
  // decorators, base classes and a comprehension's first iterable belong to the enclosing scope.
  int scopeOf(Node identifier) const {
    Node child = identifier;
    for (Node parent = identifier.parent(); parent; child = parent, parent = parent.parent()) {
      const auto kind = parent.syntaxKind();
      const int scope = scopeIndex(parent);
      if (scope < 0) continue;
      if (kind == syntax::Kind::Module) return scope;
      if (kind == syntax::Kind::FunctionDefinition || kind == syntax::Kind::Lambda) {
        if (child == parent.field(syntax::Field::Body)) return scope;
        if (child == parent.field(syntax::Field::Parameters) && isBindingOccurrence(identifier, scope)) return scope;
        continue;
      }
      if (kind == syntax::Kind::ClassDefinition) {
        if (child == parent.field(syntax::Field::Body)) return scope;
        continue;
      }
      // A comprehension: everything but its first iterable.
      Node firstFor;
      for (uint32_t i = 0; i < parent.namedChildCount() && !firstFor; ++i) {
        if (parent.namedChild(i).is(syntax::Kind::ForInClause)) firstFor = parent.namedChild(i);
      }
      const Node iterable = firstFor ? firstFor.field(syntax::Field::Right) : Node{};
      if (iterable && identifier.begin() >= iterable.begin() && identifier.end() <= iterable.end()) continue;
      return scope;
    }
    return 0;
  }

  // Among several bindings of a name in one scope: for a use in that scope, the last one bound
  // before it (straight-line code); for a use from a nested scope, the last one. Fallbacks in
  // `except ImportError:` do not count while an import binds the name too.
  const Binding* choose(const std::vector<uint32_t>& candidates, Node use, bool sameScope) const {
    if (candidates.size() == 1) return &table.bindings[candidates.front()];  // the common case
    if (candidates.size() > 8 && !unsorted.count(&candidates)) return chooseSorted(candidates, use, sameScope);
    // Candidates are in the order the walk met them, which is document order.
    const Binding* first = nullptr;
    const Binding* chosen = nullptr;
    const Binding* last = nullptr;
    for (uint32_t index : candidates) {
      const Binding* b = &table.bindings[index];
      if (b->importFallback) continue;
      if (!first) first = b;
      last = b;
      if (b->statement.begin() <= use.begin()) chosen = b;
    }
    if (!first) return &table.bindings[candidates.back()];  // only fallbacks
    if (!sameScope) return last;
    return chosen ? chosen : first;
  }

  // choose() for candidates in statement order: a binary search, then the nearest that is not
  // an ImportError fallback (fallbacks are rare and few).
  const Binding* chooseSorted(const std::vector<uint32_t>& candidates, Node use, bool sameScope) const {
    const auto real = [&](uint32_t index) { return !table.bindings[index].importFallback; };
    const auto first = std::find_if(candidates.begin(), candidates.end(), real);
    if (first == candidates.end()) return &table.bindings[candidates.back()];  // only fallbacks
    const auto last = std::find_if(candidates.rbegin(), candidates.rend(), real);
    if (!sameScope) return &table.bindings[*last];
    const uint32_t at = use.begin();
    auto after = std::upper_bound(candidates.begin(), candidates.end(), at,
                                  [&](uint32_t offset, uint32_t index) { return offset < statementBegin[index]; });
    while (after != candidates.begin() && !real(*std::prev(after))) --after;
    return &table.bindings[after == candidates.begin() ? *first : *std::prev(after)];
  }

  const Binding* lookup(const std::string& name, int scope, Node use) const {
    bool sameScope = true;
    for (int s = scope; s >= 0;) {
      const Scope& current = table.scopes[static_cast<std::size_t>(s)];
      // `global` sends the lookup to the module scope; at module level it is a no-op (it would
      // send the lookup back where it is, forever).
      if (s != 0 && current.globals.count(name)) {
        s = 0;
        sameScope = false;
        continue;
      }
      const bool visible = sameScope || current.kind != Scope::Kind::Class;
      if (visible && !current.nonlocals.count(name)) {
        if (auto it = current.names.find(name); it != current.names.end()) return choose(it->second, use, sameScope);
      }
      // A comprehension runs where it stands, so its enclosing scope still sees the use's position.
      sameScope = sameScope && current.kind == Scope::Kind::Comprehension;
      s = current.parent;
    }
    return nullptr;
  }
};

SemanticModel::SemanticModel(const Tree& tree, std::string package) : impl_(std::make_unique<Impl>()) {
  impl_->table = semantic::buildScopes(tree, package);
  impl_->index();
}

SemanticModel::~SemanticModel() = default;

const Binding* SemanticModel::resolve(Node identifier) const {
  if (identifier.syntaxKind() != syntax::Kind::Identifier) return nullptr;
  // The walk that built the scopes knows where each read name stands (walking up the tree would
  // cost more: tree-sitter finds a parent by descending from the root). A binding occurrence is
  // its own binding; any other identifier (a member name, a keyword) is no name at all.
  const auto& table = impl_->table;
  if (const auto known = table.scopeOfReference.find(identifier.raw().id); known != table.scopeOfReference.end()) {
    return impl_->lookup(std::string(identifier.text()), known->second, identifier);
  }
  if (const auto bound = table.bindingOfNode.find(identifier.raw().id); bound != table.bindingOfNode.end()) {
    return &table.bindings[bound->second];
  }
  return nullptr;
}

std::optional<std::string> SemanticModel::qualifiedName(Node expression) const {
  const auto kind = expression.syntaxKind();
  if (kind == syntax::Kind::Identifier) {
    const Binding* binding = resolve(expression);
    if (binding == nullptr || binding->kind != Binding::Kind::Import) return std::nullopt;
    return binding->qualifiedName;
  }
  if (kind == syntax::Kind::Attribute) {
    auto head = qualifiedName(expression.field(syntax::Field::Object));
    if (!head) return std::nullopt;
    return *head + "." + std::string(expression.field(syntax::Field::Attribute).text());
  }
  return std::nullopt;
}

const std::vector<Binding>& SemanticModel::bindings() const { return impl_->table.bindings; }

const Binding* SemanticModel::bindingAt(Node name) const {
  for (const Binding& b : impl_->table.bindings) {
    if (b.node == name) return &b;
  }
  return nullptr;
}

std::vector<Node> SemanticModel::references(const Binding& binding) const {
  if (!impl_->referencesByBinding) {
    auto& byBinding = impl_->referencesByBinding.emplace(impl_->table.bindings.size());
    for (const Node& identifier : impl_->table.referenceIdentifiers) {
      if (const Binding* b = resolve(identifier)) {
        byBinding[static_cast<std::size_t>(b - impl_->table.bindings.data())].push_back(identifier);
      }
    }
  }
  const auto index = static_cast<std::size_t>(&binding - impl_->table.bindings.data());
  return index < impl_->referencesByBinding->size() ? (*impl_->referencesByBinding)[index] : std::vector<Node>{};
}

std::string packageOfPath(std::string_view path, std::string_view fallback) {
  std::string normalized(path);
  std::replace(normalized.begin(), normalized.end(), '\\', '/');
  std::vector<std::string_view> folders;  // the file name left out
  for (std::size_t start = 0, slash; (slash = normalized.find('/', start)) != std::string::npos; start = slash + 1) {
    folders.push_back(std::string_view(normalized).substr(start, slash - start));
  }
  // The last folder named exactly "transformers" starts the package (a model folder such as
  // "switch_transformers" only ends with the word).
  const auto root = std::find(folders.rbegin(), folders.rend(), "transformers");
  if (root == folders.rend()) return std::string(fallback);
  std::string package;
  for (auto it = std::prev(root.base()); it != folders.end(); ++it) package += (package.empty() ? "" : ".") + std::string(*it);
  return package;
}

Node importedItem(const Binding& b) {
  const Node parent = b.node.parent();
  if (parent.is(syntax::Kind::AliasedImport) || (parent.is(syntax::Kind::DottedName) && b.statement.is(syntax::Kind::ImportStatement))) {
    return parent;
  }
  return b.node;
}

}  // namespace pyconv
