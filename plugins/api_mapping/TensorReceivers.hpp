#pragma once
// Whether the receiver of a tensor-method call can be a tensor, for the api-tensor-* checks.
// There are no types at this level: a receiver is taken for a tensor unless it is certainly not
// one. tests/python/test_tensor_receiver_heuristic.py measures the answer against receiver types
// traced from runs of the dev models (data/runtime/transformers-4.57.1/tensor_receivers.tsv).
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include <string>
#include <string_view>

namespace pyconv::api_mapping {

// A module (`os`), a class or function bound in the file (`Grid.size(...)`), or the class's own
// method through a bare `self` / `cls`.
bool certainlyNotTensor(Node receiver, const SemanticModel& semantic);

// The query of `<receiver>.<method>(<args>)` calls, capturing @receiver, @method, @args and @call.
std::string tensorMethodCallQuery(std::string_view method);

}  // namespace pyconv::api_mapping
