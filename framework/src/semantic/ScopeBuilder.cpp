#include "semantic/ScopeBuilder.hpp"

#include <algorithm>

#include "pyconv/Tree.hpp"
#include "syntax/TsNode.hpp"

namespace pyconv::semantic {
namespace {

// Whether an except clause catches ImportError (then its assignments are import fallbacks).
bool catchesImportError(Node exceptClause) {
  for (uint32_t i = 0; i < exceptClause.namedChildCount(); ++i) {
    const Node child = exceptClause.namedChild(i);
    if (child.is(syntax::Kind::Block)) break;
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
    const auto kind = target.syntaxKind();
    if (kind == syntax::Kind::Identifier) {
      bind(target, scope, Binding::Kind::Assignment, statement);
    } else if (kind == syntax::Kind::Attribute || kind == syntax::Kind::Subscript) {
      visit(target, scope);
    } else {
      for (uint32_t i = 0; i < target.namedChildCount(); ++i) bindTargets(target.namedChild(i), scope, statement);
    }
  }

  void bindParameters(Node parameters, int functionScope, int enclosing, Node statement) {
    for (uint32_t i = 0; parameters && i < parameters.namedChildCount(); ++i) {
      const Node p = parameters.namedChild(i);
      const auto kind = p.syntaxKind();
      if (kind == syntax::Kind::Identifier) {
        bind(p, functionScope, Binding::Kind::Parameter, statement);
        continue;
      }
      if (kind == syntax::Kind::ListSplatPattern || kind == syntax::Kind::DictionarySplatPattern) {
        if (p.namedChild(0).is(syntax::Kind::Identifier)) bind(p.namedChild(0), functionScope, Binding::Kind::Parameter, statement);
        continue;
      }
      // default_parameter, typed_parameter, typed_default_parameter: defaults and annotations
      // are evaluated where the def stands.
      Node name = p.field(syntax::Field::Name);
      if (!name && p.namedChildCount() > 0) name = p.namedChild(0);
      if (name.is(syntax::Kind::ListSplatPattern) || name.is(syntax::Kind::DictionarySplatPattern)) name = name.namedChild(0);
      if (name.is(syntax::Kind::Identifier)) bind(name, functionScope, Binding::Kind::Parameter, statement);
      if (Node value = p.field(syntax::Field::Value)) visit(value, enclosing);
      if (Node type = p.field(syntax::Field::Type)) visit(type, enclosing);
    }
  }

  void visitImport(Node statement, int scope) {
    for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
      const Node name = statement.namedChild(i);
      if (name.is(syntax::Kind::AliasedImport)) {
        bind(name.field(syntax::Field::Alias), scope, Binding::Kind::Import, statement, std::string(name.field(syntax::Field::Name).text()));
      } else if (name.is(syntax::Kind::DottedName)) {
        // `import a.b.c` binds `a`, which then stands for the package a.
        bind(name.namedChild(0), scope, Binding::Kind::Import, statement, std::string(name.namedChild(0).text()));
      }
    }
  }

  void visitImportFrom(Node statement, int scope) {
    const Node moduleNode = statement.field(syntax::Field::ModuleName);
    std::string module(moduleNode.text());
    if (moduleNode.is(syntax::Kind::RelativeImport)) module = resolveRelativeModule(module, package_);
    const std::string prefix = module.ends_with('.') ? module : module + ".";
    for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
      const Node name = statement.namedChild(i);
      if (name == moduleNode) continue;
      if (name.is(syntax::Kind::AliasedImport)) {
        bind(name.field(syntax::Field::Alias), scope, Binding::Kind::Import, statement, prefix + std::string(name.field(syntax::Field::Name).text()));
      } else if (name.is(syntax::Kind::DottedName)) {
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
      Node inner = type.is(syntax::Kind::Type) ? type.namedChild(0) : type;
      if (inner.is(syntax::Kind::SplatType)) inner = inner.namedChild(0);  // *Ts, **P
      if (inner.is(syntax::Kind::ConstrainedType)) {                       // T: Bound
        const Node name = inner.namedChild(0).namedChild(0);
        if (name.is(syntax::Kind::Identifier)) bind(name, annotation, Binding::Kind::Parameter, statement);
        for (uint32_t i = 1; i < inner.namedChildCount(); ++i) visit(inner.namedChild(i), annotation);
      } else if (inner.is(syntax::Kind::Identifier)) {
        bind(inner, annotation, Binding::Kind::Parameter, statement);
      } else {
        visit(type, annotation);
      }
    }
    return annotation;
  }

  void visitFunction(Node def, int scope) {
    bind(def.field(syntax::Field::Name), scope, Binding::Kind::Definition, def);
    const int outer = visitTypeParameters(def.field(syntax::Field::TypeParameters), scope, def);
    if (Node returns = def.field(syntax::Field::ReturnType)) visit(returns, outer);
    const int inner = newScope(Scope::Kind::Function, def, outer);
    bindParameters(def.field(syntax::Field::Parameters), inner, outer, def);
    visitChildren(def.field(syntax::Field::Body), inner);
  }

  // `type A = ...` / `type A[T] = ...`: binds A; the value is evaluated lazily, in its own scope.
  void visitTypeAlias(Node statement, int scope) {
    Node left = statement.field(syntax::Field::Left);
    if (left.is(syntax::Kind::Type)) left = left.namedChild(0);
    Node parameters;
    if (left.is(syntax::Kind::GenericType)) {
      parameters = left.namedChild(1);
      left = left.namedChild(0);
    }
    if (left.is(syntax::Kind::Identifier)) bind(left, scope, Binding::Kind::Assignment, statement);
    const int inner = parameters ? visitTypeParameters(parameters, scope, statement)
                                 : newScope(Scope::Kind::Function, statement, scope);
    visit(statement.field(syntax::Field::Right), inner);
  }

  void visitLambda(Node lambda, int scope) {
    const int inner = newScope(Scope::Kind::Function, lambda, scope);
    bindParameters(lambda.field(syntax::Field::Parameters), inner, scope, lambda);
    visit(lambda.field(syntax::Field::Body), inner);
  }

  void visitClass(Node cls, int scope) {
    bind(cls.field(syntax::Field::Name), scope, Binding::Kind::Definition, cls);
    const int outer = visitTypeParameters(cls.field(syntax::Field::TypeParameters), scope, cls);
    if (Node bases = cls.field(syntax::Field::Superclasses)) visit(bases, outer);
    const int inner = newScope(Scope::Kind::Class, cls, outer);
    visitChildren(cls.field(syntax::Field::Body), inner);
  }

  void visitComprehension(Node comprehension, int scope) {
    const int inner = newScope(Scope::Kind::Comprehension, comprehension, scope);
    bool first = true;
    for (uint32_t i = 0; i < comprehension.namedChildCount(); ++i) {
      const Node child = comprehension.namedChild(i);
      if (child.is(syntax::Kind::ForInClause)) {
        // The first iterable is evaluated in the enclosing scope.
        visit(child.field(syntax::Field::Right), first ? scope : inner);
        bindTargets(child.field(syntax::Field::Left), inner, comprehension);
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
    using syntax::Kind;
    switch (node.syntaxKind()) {
      case Kind::ImportStatement: return visitImport(node, scope);
      case Kind::ImportFromStatement: return visitImportFrom(node, scope);
      case Kind::FutureImportStatement: return;
      case Kind::FunctionDefinition: return visitFunction(node, scope);
      case Kind::Lambda: return visitLambda(node, scope);
      case Kind::ClassDefinition: return visitClass(node, scope);
      case Kind::TypeAliasStatement: return visitTypeAlias(node, scope);
      case Kind::ListComprehension:
      case Kind::SetComprehension:
      case Kind::DictionaryComprehension:
      case Kind::GeneratorExpression: return visitComprehension(node, scope);
      case Kind::GlobalStatement:
      case Kind::NonlocalStatement: {
        auto& set = node.is(Kind::GlobalStatement) ? table_.scopes[static_cast<std::size_t>(scope)].globals
                                                   : table_.scopes[static_cast<std::size_t>(scope)].nonlocals;
        for (uint32_t i = 0; i < node.namedChildCount(); ++i) set.insert(std::string(node.namedChild(i).text()));
        return;
      }
      case Kind::Assignment:
      case Kind::AugmentedAssignment:
        bindTargets(node.field(syntax::Field::Left), scope, node);
        visit(node.field(syntax::Field::Type), scope);
        visit(node.field(syntax::Field::Right), scope);
        return;
      case Kind::NamedExpression:
        bind(node.field(syntax::Field::Name), walrusScope(scope), Binding::Kind::Assignment, node);
        visit(node.field(syntax::Field::Value), scope);
        return;
      case Kind::ForStatement:
        bindTargets(node.field(syntax::Field::Left), scope, node);
        visit(node.field(syntax::Field::Right), scope);
        visit(node.field(syntax::Field::Body), scope);
        visit(node.field(syntax::Field::Alternative), scope);
        return;
      case Kind::AsPattern:  // `with x as y`, `except E as e`
        visit(node.namedChild(0), scope);
        if (Node alias = node.field(syntax::Field::Alias)) bindTargets(alias, scope, node);
        return;
      case Kind::ExceptClause: {
        const bool importHandler = catchesImportError(node);
        importHandlerDepth_ += importHandler ? 1 : 0;
        visitChildren(node, scope);
        importHandlerDepth_ -= importHandler ? 1 : 0;
        return;
      }
      case Kind::Identifier:
        table_.referenceIdentifiers.push_back(node);
        table_.scopeOfReference[node.raw().id] = scope;
        return;
      case Kind::Attribute:  // only the object is a name; the attribute is a member
        visit(node.field(syntax::Field::Object), scope);
        return;
      case Kind::KeywordArgument:  // the keyword is not a name
        visit(node.field(syntax::Field::Value), scope);
        return;
      default:
        visitChildren(node, scope);
    }
  }

  void visitChildren(Node node, int scope) {
    forEachNamedChild(node, [&](Node child) { visit(child, scope); });
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
