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

std::string_view toString(Severity severity) { return severity == Severity::Error ? "error" : "warning"; }

}  // namespace pyconv
