#pragma once
// Calls that ask about the torch backend and have a fixed answer under MindSpore (all false):
// shared by api-guard, which folds the conditions and expressions they appear in.
#include <string_view>

namespace pyconv::api_mapping {

// Whether `qualifiedName` (what a called name denotes through the imports) is such a probe.
bool isBackendProbe(std::string_view qualifiedName);

}  // namespace pyconv::api_mapping
