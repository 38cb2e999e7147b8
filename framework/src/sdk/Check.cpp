#include "pyconv/Check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "engine/Display.hpp"
#include "engine/FileIO.hpp"
#include "pyconv/FileContext.hpp"
#include "pyconv/Query.hpp"

namespace pyconv {

Node MatchResult::node(std::string_view capture) const {
  const Node found = match.get(capture);
  // Only a capture that is absent from the match can be one the queries do not define.
  if (found || queryCaptures == nullptr ||
      std::find(queryCaptures->begin(), queryCaptures->end(), capture) != queryCaptures->end()) {
    return found;
  }
  std::string defined;
  for (const auto& name : *queryCaptures) defined += (defined.empty() ? "@" : ", @") + name;
  throw std::logic_error(fmt::format("check '{}': capture @{} is not defined by its queries (they define {})", checkName,
                                     capture, defined.empty() ? "none" : defined));
}

Check::Check(std::string name) : name_(std::move(name)) {}
Check::~Check() = default;
void Check::onStartOfFile(FileContext&) {}
void Check::onEndOfFile(FileContext&) {}

std::string Check::option(std::string_view optionName, std::string_view fallback) const {
  if (options_ == nullptr) return std::string(fallback);
  const std::string local = name_ + "." + std::string(optionName);
  if (options_->values().count(local)) return options_->get(local, fallback);
  options_->get(local, fallback);  // recorded as a known option of this check
  return options_->get(std::string(optionName), fallback);
}

std::optional<Check::OptionFile> Check::readOptionFile(std::string_view optionName) const {
  const std::string value = option(optionName, "");
  if (value.empty()) return std::nullopt;
  const std::string local = name_ + "." + std::string(optionName);
  const std::string key = options_->values().count(local) ? local : std::string(optionName);
  std::filesystem::path path(value);
  if (path.is_relative()) path = options_->folderOf(key) / path;
  std::string error;
  auto bytes = readRegularFile(path, kMaxOptionFileBytes, error);
  if (!bytes) throw std::runtime_error(fmt::format("{}: cannot read {}: {}", key, displayPath(path.string()), error));
  return OptionFile{path.lexically_normal().string(), std::move(*bytes)};
}

void Check::report(FileContext& file, Node at, std::string message, std::optional<Fix> fix) const {
  file.report(Diagnostic{name_, std::move(message), at.begin(), at.end(), Severity::Warning, std::move(fix)});
}

}  // namespace pyconv
