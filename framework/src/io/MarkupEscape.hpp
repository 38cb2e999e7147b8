#pragma once
#include <string>
#include <string_view>

namespace pyconv {

// Text and attribute values for XML (JUnit) and HTML (the review report): the five markup
// characters as entities; control characters neither can hold (a file name may contain them) as
// U+FFFD.
std::string markupEscaped(std::string_view text);

}  // namespace pyconv
