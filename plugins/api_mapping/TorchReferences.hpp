#pragma once
// Torch references for the api_mapping checks: the SDK's package uses (pyconv/PackageUses.hpp)
// with the package fixed to torch.
#include <pyconv/PackageUses.hpp>
#include <pyconv/Semantic.hpp>

#include <optional>

namespace pyconv::api_mapping {

// Matches the heads of such chains (@head): identifiers bound to a torch import.
extern const char* const kTorchHeadQuery;

using TorchUse = PackageUse;

inline std::optional<TorchUse> torchUse(Node head, const SemanticModel& semantic) {
  return packageUse(head, semantic, "torch");
}

}  // namespace pyconv::api_mapping
