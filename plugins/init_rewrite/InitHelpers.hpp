#pragma once
// The module-level helpers that replace torch.nn.init's in-place initialisers (MindSpore has
// none): each takes the same arguments as its torch namesake and fills the parameter with
// `set_data(initializer(...))` from mindspore.common.initializer.
#include <pyconv/Fix.hpp>

#include <string>
#include <vector>

namespace pyconv::init_rewrite {

// The needs of helper `name` (the helper itself and the imports it uses); empty if there is none.
std::vector<Need> helperNeeds(const std::string& name);

}  // namespace pyconv::init_rewrite
