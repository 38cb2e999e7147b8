#include "pyconv/Fix.hpp"

namespace pyconv {

std::string_view toString(Applicability applicability) {
  switch (applicability) {
    case Applicability::Safe: return "safe";
    case Applicability::Unsafe: return "unsafe";
    case Applicability::DisplayOnly: return "display-only";
  }
  return "unknown";
}

}  // namespace pyconv
