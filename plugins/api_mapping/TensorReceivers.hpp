#pragma once
// Whether the receiver of a tensor-method call can be a tensor, for the api-tensor-* checks.
// There are no types at this level: a receiver is taken for a tensor unless it is certainly not
// one. tests/python/test_tensor_receiver_heuristic.py measures the answer against receiver types
// traced from runs of the dev models (data/runtime/transformers-4.57.1/tensor_receivers.tsv).
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pyconv::api_mapping {

// A module (`os`), a class or function bound in the file (`Grid.size(...)`), or the class's own
// method through a bare `self` / `cls`.
bool certainlyNotTensor(Node receiver, const SemanticModel& semantic);

// For methods of models and optimizers, where `self` is the instance: an imported name or a path
// through one (`torch.nn.Module.parameters(m)`), or a class or function bound in the file.
bool certainlyNotInstance(Node receiver, const SemanticModel& semantic);

// Positional arguments that torch reads as one size (`zeros(2, 3)`, `new_ones(*shape)`) as the
// single tuple MindSpore takes, replacing them; nullopt when they already are one argument.
std::optional<Edit> sizeAsTuple(const std::vector<Node>& positional);

// The arguments of an argument list as written, without its parentheses.
std::string argumentsText(Node args);

// The query of `<receiver>.<method>(<args>)` calls, capturing @receiver, @method, @args and @call.
std::string tensorMethodCallQuery(std::string_view method);

}  // namespace pyconv::api_mapping
