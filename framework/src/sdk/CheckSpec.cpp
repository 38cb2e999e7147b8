#include "pyconv/CheckSpec.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace pyconv {

const OptionSpec* CheckSpec::option(const std::string& optionName) const {
  const auto found = std::find_if(options.begin(), options.end(), [&](const OptionSpec& o) { return o.name == optionName; });
  return found == options.end() ? nullptr : &*found;
}

const char* phaseName(CheckPhase phase) {
  switch (phase) {
    case CheckPhase::Prepare: return "prepare";
    case CheckPhase::Rewrite: return "rewrite";
    case CheckPhase::Finish: return "finish";
  }
  return "finish";
}

const char* optionKindName(OptionKind kind) {
  switch (kind) {
    case OptionKind::Text: return "text";
    case OptionKind::Flag: return "flag";
    case OptionKind::Choice: return "choice";
    case OptionKind::File: return "file";
  }
  return "text";
}

const char* metricRoleName(MetricRole role) {
  switch (role) {
    case MetricRole::Other: return "other";
    case MetricRole::PackageUses: return "package-uses";
    case MetricRole::PackageAnnotationUses: return "package-annotation-uses";
  }
  return "other";
}

std::optional<std::string> optionValueProblem(const OptionSpec& option, const std::string& value) {
  switch (option.kind) {
    case OptionKind::Flag:
      if (value == "true" || value == "false") return std::nullopt;
      return fmt::format("'{}' is not a flag value: write 'true' or 'false'", value);
    case OptionKind::Choice:
      if (std::find(option.choices.begin(), option.choices.end(), value) != option.choices.end()) return std::nullopt;
      return fmt::format("'{}' is not one of {}", value, fmt::join(option.choices, ", "));
    case OptionKind::Text:
    case OptionKind::File:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace pyconv
