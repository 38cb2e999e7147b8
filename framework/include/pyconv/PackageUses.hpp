#pragma once
// Uses of a package's names: maximal dotted chains whose head resolves, through the file's scoped
// imports, to the package (the usage census's definition of a use, docs/design/rules.md:
// `F.softmax` is one use of torch.nn.functional.softmax; a chain stops at a call or subscript). Names inside import
// statements and member names (`x.torch`) are not uses.
#include <optional>
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"
#include "pyconv/Node.hpp"

namespace pyconv {

class SemanticModel;

struct PackageUse {
  Node chain;              // the maximal attribute chain (or the identifier alone)
  std::string qualified;   // e.g. "torch.nn.functional.softmax"
};

// Whether a use is inside a type annotation (`x: torch.Tensor`); the conversion rate counts these apart.
// Not a field of PackageUse: walking up the tree costs, and most callers never ask.
PYCONV_API bool inAnnotation(const PackageUse& use);

// The use that starts at the identifier `head`, or nullopt when it is none (see above) or does
// not resolve into `package`.
PYCONV_API std::optional<PackageUse> packageUse(Node head, const SemanticModel& semantic, std::string_view package);

}  // namespace pyconv
