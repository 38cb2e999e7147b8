#include "LegacyTensorTypes.hpp"

#include <array>
#include <utility>

namespace pyconv::api_mapping {

std::optional<std::string> legacyTensorDtype(std::string_view torchName) {
  // torch.Tensor(...) builds the default dtype, float32.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kTypes = {{
      {"torch.Tensor", "float32"},      {"torch.FloatTensor", "float32"}, {"torch.DoubleTensor", "float64"},
      {"torch.HalfTensor", "float16"},  {"torch.BFloat16Tensor", "bfloat16"}, {"torch.LongTensor", "int64"},
      {"torch.IntTensor", "int32"},     {"torch.ShortTensor", "int16"},   {"torch.CharTensor", "int8"},
      {"torch.ByteTensor", "uint8"},    {"torch.BoolTensor", "bool_"},
  }};
  for (const auto& [name, dtype] : kTypes) {
    if (name == torchName) return "mindspore." + std::string(dtype);
  }
  return std::nullopt;
}

}  // namespace pyconv::api_mapping
