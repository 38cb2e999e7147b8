#pragma once
#include <string>
#include <vector>

#include "pyconv/CheckSpec.hpp"
#include "pyconv/Export.hpp"

namespace pyconv {

// What is wrong with a check's declaration, one line each (empty: nothing). The host refuses a
// plugin that declares a check badly, before any of its checks runs: a name a `--checks` glob or a
// `CheckOptions` key cannot address, a summary that is not one line, options declared twice, a
// default the option's own kind refuses.
PYCONV_API std::vector<std::string> declarationProblems(const CheckSpec& spec);

}  // namespace pyconv
