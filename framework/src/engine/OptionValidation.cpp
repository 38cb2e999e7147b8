#include "engine/OptionValidation.hpp"

#include <fmt/format.h>

namespace pyconv {

std::vector<std::string> optionProblems(const CheckSpec& spec, const std::map<std::string, std::string>& values,
                                        bool unknownToo) {
  std::vector<std::string> problems;
  const std::string prefix = spec.name + ".";
  for (auto it = values.lower_bound(prefix); it != values.end() && it->first.starts_with(prefix); ++it) {
    const auto& [key, value] = *it;
    const std::string optionName = key.substr(prefix.size());
    const OptionSpec* declared = spec.option(optionName);
    if (declared == nullptr) {
      if (unknownToo) {
        problems.push_back(fmt::format("CheckOptions key '{}': check '{}' has no option '{}'", key, spec.name, optionName));
      }
    } else if (const auto problem = optionValueProblem(*declared, value)) {
      problems.push_back(fmt::format("CheckOptions key '{}': {}", key, *problem));
    }
  }
  return problems;
}

}  // namespace pyconv
