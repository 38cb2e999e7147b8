#pragma once
// torch's typed tensor classes (torch.FloatTensor, torch.LongTensor, ..., and torch.Tensor itself)
// and the dtype each stands for. Shared by api-tensor-constructor, which converts their calls, and
// api-map, which converts every other use (annotations, isinstance) and leaves the calls alone.
#include <optional>
#include <string>
#include <string_view>

namespace pyconv::api_mapping {

// "mindspore.float32" for "torch.FloatTensor"; nothing for any other name.
std::optional<std::string> legacyTensorDtype(std::string_view torchName);

}  // namespace pyconv::api_mapping
