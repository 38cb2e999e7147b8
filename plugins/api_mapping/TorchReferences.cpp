#include "TorchReferences.hpp"

namespace pyconv::api_mapping {

const char* const kTorchHeadQuery = R"q(((identifier) @head (#pyconv-qualname-match? @head "^torch(\\.|$)")))q";

}  // namespace pyconv::api_mapping
