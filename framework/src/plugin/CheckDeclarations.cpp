#include "plugin/CheckDeclarations.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace pyconv {
namespace {

// Lower-case words joined by '-' (or '_'): what globs and `<check>.<option>` keys can address.
bool isCheckName(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

bool isOptionName(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

std::vector<std::string> declarationProblems(const CheckSpec& spec) {
  std::vector<std::string> problems;
  if (!isCheckName(spec.name)) {
    problems.push_back(fmt::format("check name '{}' is not lower-case letters, digits, '-' and '_'", spec.name));
  }
  if (spec.summary.empty() || spec.summary.find('\n') != std::string::npos) {
    problems.push_back(fmt::format("check '{}': the summary must be one non-empty line", spec.name));
  }
  std::set<std::string> seen;
  for (const OptionSpec& option : spec.options) {
    if (!isOptionName(option.name)) {
      problems.push_back(fmt::format("check '{}': option name '{}' is not letters, digits and '_'", spec.name, option.name));
    }
    if (!seen.insert(option.name).second) {
      problems.push_back(fmt::format("check '{}': option '{}' is declared twice", spec.name, option.name));
    }
    if (option.kind == OptionKind::Choice && option.choices.empty()) {
      problems.push_back(fmt::format("check '{}': choice option '{}' declares no choices", spec.name, option.name));
    } else if (option.kind != OptionKind::File && option.kind != OptionKind::Text) {
      if (const auto problem = optionValueProblem(option, option.defaultValue)) {
        problems.push_back(fmt::format("check '{}': the default of option '{}': {}", spec.name, option.name, *problem));
      }
    }
  }
  if (spec.onlyWhen && spec.onlyWhen->key.empty()) {
    problems.push_back(fmt::format("check '{}': its run condition names no key", spec.name));
  }
  std::set<std::string> metrics;
  for (const MetricSpec& metric : spec.metrics) {
    if (!isCheckName(metric.name)) {
      problems.push_back(fmt::format("check '{}': metric name '{}' is not lower-case letters, digits, '-' and '_'",
                                     spec.name, metric.name));
    }
    if (!metrics.insert(metric.name).second) {
      problems.push_back(fmt::format("check '{}': metric '{}' is declared twice", spec.name, metric.name));
    }
    if ((metric.role == MetricRole::PackageUses || metric.role == MetricRole::PackageAnnotationUses) == metric.package.empty()) {
      problems.push_back(fmt::format("check '{}': metric '{}' names a package exactly when its role counts one's uses",
                                     spec.name, metric.name));
    }
  }
  if (spec.verdict && (spec.verdict->noun.empty() || spec.verdict->passed.empty() || spec.verdict->jsonKey.empty())) {
    problems.push_back(fmt::format("check '{}': its verdict part needs a noun, a passed wording and a JSON key", spec.name));
  }
  return problems;
}

}  // namespace pyconv
