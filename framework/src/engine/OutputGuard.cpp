#include "engine/OutputGuard.hpp"

#include <fmt/format.h>

#include "engine/Driver.hpp"
#include "io/Display.hpp"

namespace pyconv {

void refuseOutputOverInput(std::string_view option, const std::filesystem::path& output,
                           const std::vector<std::filesystem::path>& inputs) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool outputExists = fs::exists(output, ec);
  const fs::path absolute = fs::absolute(output, ec).lexically_normal();
  for (const auto& input : inputs) {
    std::error_code inputError;
    const bool same = outputExists ? fs::equivalent(output, input, inputError)
                                   : fs::absolute(input, inputError).lexically_normal() == absolute;
    if (same && !inputError) {
      throw UsageError(fmt::format("{} {} is also an input; it would be overwritten", option, displayPath(output.string())));
    }
  }
}

}  // namespace pyconv
