#include "semantic/ScopeBuilder.hpp"

#include <algorithm>

#include "pyconv/Tree.hpp"

namespace pyconv::semantic {
namespace {

bool isComprehension(std::string_view kind) {
  return kind == "list_comprehension" || kind == "set_comprehension" || kind == "dictionary_comprehension" ||
         kind == "generator_expression";
}

// Whether an except clause catches ImportError (then its assignments are import fallbacks).
bool catchesImportError(Node exceptClause) {
  for (uint32_t i = 0; i < exceptClause.namedChildCount(); ++i) {
    const Node child = exceptClause.namedChild(i);
    if (child.kind() == "block") break;
    const auto text = child.text();
    if (text.find("ImportError") != std::string_view::npos || text.find("ModuleNotFoundError") != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

class Builder {
 public:
  Builder(ScopeTable& table, const std::string& package) : table_(table), package_(package) {}

  void run(Node root) {
    table_.scopes.push_back(Scope{Scope::Kind::Module, -1, root, {}, {}, {}});
    table_.scopeOfNode[root.raw().id] = 0;
    visitChildren(root, 0);
  }

 private:
  int newScope(Scope::Kind kind, Node node, int parent) {
    table_.scopes.push_back(Scope{kind, parent, node, {}, {}, {}});
    const int index = static_cast<int>(table_.scopes.size()) - 1;
    table_.scopeOfNode[node.raw().id] = index;
    return index;
  }

  void bind(Node nameNode, int scope, Binding::Kind kind, Node statement, std::string qualified = {}) {
    std::string name(nameNode.text());
    int target = scope;
    Scope& s = table_.scopes[static_cast<std::size_t>(scope)];
    if (s.globals.count(name)) target = 0;
    if (s.nonlocals.count(name)) return;  // binds in an enclosing function: not a new binding
    Binding b{kind, name, std::move(qualified), nameNode, statement, static_cast<uint32_t>(target),
              kind == Binding::Kind::Assignment && importHandlerDepth_ > 0};
    table_.bindings.push_back(std::move(b));
    table_.bindingOfNode[nameNode.raw().id] = static_cast<uint32_t>(table_.bindings.size() - 1);
    table_.scopes[static_cast<std::size_t>(target)].names[name].push_back(
        static_cast<uint32_t>(table_.bindings.size() - 1));
  }

  // Binds every name in an assignment-like target; attributes and subscripts are read instead.
  void bindTargets(Node target, int scope, Node statement) {
    const auto kind = target.kind();
    if (kind == "identifier") {
      bind(target, scope, Binding::Kind::Assignment, statement);
    } else if (kind == "attribute" || kind == "subscript") {
      visit(target, scope);
    } else {
      for (uint32_t i = 0; i < target.namedChildCount(); ++i) bindTargets(target.namedChild(i), scope, statement);
    }
  }

  void bindParameters(Node parameters, int functionScope, int enclosing, Node statement) {
    for (uint32_t i = 0; parameters && i < parameters.namedChildCount(); ++i) {
      const Node p = parameters.namedChild(i);
      const auto kind = p.kind();
      if (kind == "identifier") {
        bind(p, functionScope, Binding::Kind::Parameter, statement);
        continue;
      }
      if (kind == "list_splat_pattern" || kind == "dictionary_splat_pattern") {
        if (p.namedChild(0).kind() == "identifier") bind(p.namedChild(0), functionScope, Binding::Kind::Parameter, statement);
        continue;
      }
      // default_parameter, typed_parameter, typed_default_parameter: defaults and annotations
      // are evaluated where the def stands.
      Node name = p.field("name");
      if (!name && p.namedChildCount() > 0) name = p.namedChild(0);
      if (name.kind() == "list_splat_pattern" || name.kind() == "dictionary_splat_pattern") name = name.namedChild(0);
      if (name.kind() == "identifier") bind(name, functionScope, Binding::Kind::Parameter, statement);
      if (Node value = p.field("value")) visit(value, enclosing);
      if (Node type = p.field("type")) visit(type, enclosing);
    }
  }

  void visitImport(Node statement, int scope) {
    for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
      const Node name = statement.namedChild(i);
      if (name.kind() == "aliased_import") {
        bind(name.field("alias"), scope, Binding::Kind::Import, statement, std::string(name.field("name").text()));
      } else if (name.kind() == "dotted_name") {
        // `import a.b.c` binds `a`, which then stands for the package a.
        bind(name.namedChild(0), scope, Binding::Kind::Import, statement, std::string(name.namedChild(0).text()));
      }
    }
  }

  void visitImportFrom(Node statement, int scope) {
    const Node moduleNode = statement.field("module_name");
    std::string module(moduleNode.text());
    if (moduleNode.kind() == "relative_import") module = resolveRelativeModule(module, package_);
    const std::string prefix = module.ends_with('.') ? module : module + ".";
    for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
      const Node name = statement.namedChild(i);
      if (name == moduleNode) continue;
      if (name.kind() == "aliased_import") {
        bind(name.field("alias"), scope, Binding::Kind::Import, statement, prefix + std::string(name.field("name").text()));
      } else if (name.kind() == "dotted_name") {
        bind(name, scope, Binding::Kind::Import, statement, prefix + std::string(name.text()));
      }
    }
  }

  // PEP 695 (`def f[T: Bound]`, `class C[T]`, `type A[T] = ...`): an annotation scope between
  // the enclosing scope and the definition binds the type parameters, and their bounds are read
  // there. Returns that scope (or `scope` when there are no type parameters).
  int visitTypeParameters(Node parameters, int scope, Node statement) {
    if (!parameters) return scope;
    const int annotation = newScope(Scope::Kind::Function, parameters, scope);
    for (const Node& type : parameters.namedChildren()) {
      Node inner = type.kind() == "type" ? type.namedChild(0) : type;
      if (inner.kind() == "splat_type") inner = inner.namedChild(0);  // *Ts, **P
      if (inner.kind() == "constrained_type") {                       // T: Bound
        const Node name = inner.namedChild(0).namedChild(0);
        if (name.kind() == "identifier") bind(name, annotation, Binding::Kind::Parameter, statement);
        for (uint32_t i = 1; i < inner.namedChildCount(); ++i) visit(inner.namedChild(i), annotation);
      } else if (inner.kind() == "identifier") {
        bind(inner, annotation, Binding::Kind::Parameter, statement);
      } else {
        visit(type, annotation);
      }
    }
    return annotation;
  }

  void visitFunction(Node def, int scope) {
    bind(def.field("name"), scope, Binding::Kind::Definition, def);
    const int outer = visitTypeParameters(def.field("type_parameters"), scope, def);
    if (Node returns = def.field("return_type")) visit(returns, outer);
    const int inner = newScope(Scope::Kind::Function, def, outer);
    bindParameters(def.field("parameters"), inner, outer, def);
    visitChildren(def.field("body"), inner);
  }

  // `type A = ...` / `type A[T] = ...`: binds A; the value is evaluated lazily, in its own scope.
  void visitTypeAlias(Node statement, int scope) {
    Node left = statement.field("left");
    if (left.kind() == "type") left = left.namedChild(0);
    Node parameters;
    if (left.kind() == "generic_type") {
      parameters = left.namedChild(1);
      left = left.namedChild(0);
    }
    if (left.kind() == "identifier") bind(left, scope, Binding::Kind::Assignment, statement);
    const int inner = parameters ? visitTypeParameters(parameters, scope, statement)
                                 : newScope(Scope::Kind::Function, statement, scope);
    visit(statement.field("right"), inner);
  }

  void visitLambda(Node lambda, int scope) {
    const int inner = newScope(Scope::Kind::Function, lambda, scope);
    bindParameters(lambda.field("parameters"), inner, scope, lambda);
    visit(lambda.field("body"), inner);
  }

  void visitClass(Node cls, int scope) {
    bind(cls.field("name"), scope, Binding::Kind::Definition, cls);
    const int outer = visitTypeParameters(cls.field("type_parameters"), scope, cls);
    if (Node bases = cls.field("superclasses")) visit(bases, outer);
    const int inner = newScope(Scope::Kind::Class, cls, outer);
    visitChildren(cls.field("body"), inner);
  }

  void visitComprehension(Node comprehension, int scope) {
    const int inner = newScope(Scope::Kind::Comprehension, comprehension, scope);
    bool first = true;
    for (uint32_t i = 0; i < comprehension.namedChildCount(); ++i) {
      const Node child = comprehension.namedChild(i);
      if (child.kind() == "for_in_clause") {
        // The first iterable is evaluated in the enclosing scope.
        visit(child.field("right"), first ? scope : inner);
        bindTargets(child.field("left"), inner, comprehension);
        first = false;
      } else {
        visit(child, inner);
      }
    }
  }

  // The nearest scope that is not a comprehension: where a walrus binds.
  int walrusScope(int scope) const {
    while (table_.scopes[static_cast<std::size_t>(scope)].kind == Scope::Kind::Comprehension) {
      scope = table_.scopes[static_cast<std::size_t>(scope)].parent;
    }
    return scope;
  }

  void visit(Node node, int scope) {
    if (!node) return;
    const auto kind = node.kind();
    if (kind == "import_statement") return visitImport(node, scope);
    if (kind == "import_from_statement") return visitImportFrom(node, scope);
    if (kind == "future_import_statement") return;
    if (kind == "function_definition") return visitFunction(node, scope);
    if (kind == "lambda") return visitLambda(node, scope);
    if (kind == "class_definition") return visitClass(node, scope);
    if (kind == "type_alias_statement") return visitTypeAlias(node, scope);
    if (isComprehension(kind)) return visitComprehension(node, scope);
    if (kind == "global_statement" || kind == "nonlocal_statement") {
      auto& set = kind == "global_statement" ? table_.scopes[static_cast<std::size_t>(scope)].globals
                                             : table_.scopes[static_cast<std::size_t>(scope)].nonlocals;
      for (uint32_t i = 0; i < node.namedChildCount(); ++i) set.insert(std::string(node.namedChild(i).text()));
      return;
    }
    if (kind == "assignment" || kind == "augmented_assignment") {
      bindTargets(node.field("left"), scope, node);
      visit(node.field("type"), scope);
      visit(node.field("right"), scope);
      return;
    }
    if (kind == "named_expression") {
      bind(node.field("name"), walrusScope(scope), Binding::Kind::Assignment, node);
      visit(node.field("value"), scope);
      return;
    }
    if (kind == "for_statement") {
      bindTargets(node.field("left"), scope, node);
      visit(node.field("right"), scope);
      visit(node.field("body"), scope);
      visit(node.field("alternative"), scope);
      return;
    }
    if (kind == "as_pattern") {  // `with x as y`, `except E as e`
      visit(node.namedChild(0), scope);
      if (Node alias = node.field("alias")) bindTargets(alias, scope, node);
      return;
    }
    if (kind == "except_clause") {
      const bool importHandler = catchesImportError(node);
      importHandlerDepth_ += importHandler ? 1 : 0;
      visitChildren(node, scope);
      importHandlerDepth_ -= importHandler ? 1 : 0;
      return;
    }
    if (kind == "identifier") {
      table_.referenceIdentifiers.push_back(node);
      table_.scopeOfReference[node.raw().id] = scope;
      return;
    }
    if (kind == "attribute") {  // only the object is a name; the attribute is a member
      visit(node.field("object"), scope);
      return;
    }
    if (kind == "keyword_argument") {  // the keyword is not a name
      visit(node.field("value"), scope);
      return;
    }
    visitChildren(node, scope);
  }

  void visitChildren(Node node, int scope) {
    for (const Node& child : node.namedChildren()) visit(child, scope);
  }

  ScopeTable& table_;
  const std::string& package_;
  int importHandlerDepth_ = 0;
};

}  // namespace

std::string resolveRelativeModule(std::string_view relative, const std::string& package) {
  std::size_t dots = 0;
  while (dots < relative.size() && relative[dots] == '.') ++dots;
  if (package.empty()) return std::string(relative);
  std::string base = package;
  for (std::size_t i = 1; i < dots; ++i) {
    const auto dot = base.rfind('.');
    if (dot == std::string::npos) return std::string(relative);  // above the top package
    base.resize(dot);
  }
  const auto rest = relative.substr(dots);
  return rest.empty() ? base : base + "." + std::string(rest);
}

ScopeTable buildScopes(const Tree& tree, const std::string& package) {
  ScopeTable table;
  Builder(table, package).run(tree.root());
  return table;
}

}  // namespace pyconv::semantic
