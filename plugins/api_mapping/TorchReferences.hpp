#pragma once
// Finding torch references: maximal dotted chains whose head resolves, through the file's scoped
// imports, to torch (the census's definition of a use: `F.softmax` is one use of
// torch.nn.functional.softmax; a chain stops at a call or subscript).
#include <pyconv/Node.hpp>
#include <pyconv/Semantic.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace pyconv::api_mapping {

// Matches the heads of such chains (@head): identifiers bound to a torch import.
extern const char* const kTorchHeadQuery;

struct TorchUse {
  Node chain;              // the maximal attribute chain (or the identifier alone)
  std::string qualified;   // e.g. "torch.nn.functional.softmax"
};

// The use that starts at `head`, or nullopt for a member name, a name inside an import
// statement, or a chain that does not resolve to torch.
std::optional<TorchUse> torchUse(Node head, const SemanticModel& semantic);

// The same for chains that resolve under another top-level package (e.g. "mindspore").
std::optional<TorchUse> packageUse(Node head, const SemanticModel& semantic, std::string_view package);

}  // namespace pyconv::api_mapping
