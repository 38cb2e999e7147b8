#include "migration/ForeignFramework.hpp"

#include <algorithm>
#include <string_view>

#include "pyconv/Semantic.hpp"

namespace pyconv {

bool isOtherFrameworksCode(const SemanticModel& semantic) {
  static constexpr std::string_view kOthers[] = {"jax", "flax", "tensorflow", "keras"};
  bool other = false;
  for (const Binding& binding : semantic.bindings()) {
    if (binding.kind != Binding::Kind::Import) continue;
    const std::string_view name = binding.qualifiedName;
    const std::string_view root = name.substr(0, name.find('.'));
    // Torch code is what the rules convert; MindSpore (or mindone) code is what they converted it
    // to, and some rules act on it (api-forward, api-unknown-name, api-imports), so a converted
    // file that still loads TensorFlow weights in a helper is not another framework's code.
    if (root == "torch" || root == "mindspore" || root == "mindone") return false;
    other = other || std::find(std::begin(kOthers), std::end(kOthers), root) != std::end(kOthers);
  }
  return other;
}

}  // namespace pyconv
