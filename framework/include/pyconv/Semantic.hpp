#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Node.hpp"

namespace pyconv {

class Tree;

// A name bound in a scope (docs/design/architecture.md): by an import, a parameter, an assignment
// or loop/with/except target, a def or a class.
struct Binding {
  enum class Kind { Import, Parameter, Assignment, Definition };
  Kind kind = Kind::Assignment;
  std::string name;
  std::string qualifiedName;  // Import: what the name stands for, e.g. "torch.nn.functional"
  Node node;                  // the binding occurrence (the import's name node, the identifier, ...)
  Node statement;             // the import or other statement that binds it
  uint32_t scope = 0;
  // A fallback in `except ImportError:` (e.g. `F = None`): it does not hide the import.
  bool importFallback = false;
};

// Scoped name resolution for one parse of a file: module, class, function, lambda and
// comprehension scopes with Python's rules (class scopes are invisible to nested functions,
// `global`/`nonlocal`, parameters and assignments shadow imports). Relative imports resolve
// against a package anchor.
class PYCONV_API SemanticModel {
 public:
  // `package` is the dotted package the file lives in ("transformers.models.bert"), used for
  // relative imports; empty if unknown (relative imports then keep their dots).
  SemanticModel(const Tree& tree, std::string package);
  ~SemanticModel();
  SemanticModel(const SemanticModel&) = delete;
  SemanticModel& operator=(const SemanticModel&) = delete;

  // The binding an identifier refers to at its place, or nullptr (a builtin or unknown name).
  const Binding* resolve(Node identifier) const;
  // What a name or dotted attribute chain denotes through the imports: `nn.Linear` ->
  // "torch.nn.Linear" after `from torch import nn`; nullopt when its head is not an import.
  std::optional<std::string> qualifiedName(Node expression) const;
  // Every binding, in document order.
  const std::vector<Binding>& bindings() const;
  // The binding made at `name` (a parameter, an assigned name, an imported name), or nullptr.
  const Binding* bindingAt(Node name) const;
  // The identifiers that refer to `binding` (not counting the binding occurrence itself).
  std::vector<Node> references(const Binding& binding) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// The item of an import statement that makes an import binding — `a.b as c` for `c`, `a.b.c`
// for `a` (after `import a.b.c`), `x` for `x` — what removing that one binding removes.
PYCONV_API Node importedItem(const Binding& binding);

// The package a file belongs to, from its path: ".../transformers/models/bert/modeling_bert.py"
// -> "transformers.models.bert"; `fallback` (the PackageAnchor option) when the path says nothing.
PYCONV_API std::string packageOfPath(std::string_view path, std::string_view fallback = {});

}  // namespace pyconv
