#pragma once
#include <map>
#include <string>
#include <vector>

#include "pyconv/CheckSpec.hpp"
#include "pyconv/Export.hpp"

namespace pyconv {

// What is wrong with the `CheckOptions` keys of `values` that belong to the check `spec` declares
// (keys `<check>.<option>`), one line each: a value its declared kind refuses and, with
// `unknownToo`, an option it does not declare. A run checks the values of its enabled checks;
// --verify-config checks everything.
PYCONV_API std::vector<std::string> optionProblems(const CheckSpec& spec, const std::map<std::string, std::string>& values,
                                                   bool unknownToo);

}  // namespace pyconv
