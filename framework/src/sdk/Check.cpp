#include "pyconv/Check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "io/Display.hpp"
#include "io/FileIO.hpp"
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
void Check::onStartOfPass(FileContext&) {}
void Check::onEndOfPass(FileContext&) {}

const OptionSpec& Check::declaredOption(std::string_view optionName, OptionKind kind) const {
  const OptionSpec* declared = spec_ ? spec_->option(std::string(optionName)) : nullptr;
  const bool kindFits = declared != nullptr && (declared->kind == kind ||
                                                (kind == OptionKind::Text && declared->kind == OptionKind::Choice));
  if (!kindFits) {
    throw std::logic_error(fmt::format("check '{}' reads option '{}' as {}: its declaration has no such option",
                                       name_, optionName, optionKindName(kind)));
  }
  return *declared;
}

std::string Check::configuredValue(const OptionSpec& declared) const {
  return options_ ? options_->get(name_ + "." + declared.name, declared.defaultValue) : declared.defaultValue;
}

std::string Check::option(std::string_view optionName) const {
  return configuredValue(declaredOption(optionName, OptionKind::Text));
}

bool Check::flagOption(std::string_view optionName) const {
  return configuredValue(declaredOption(optionName, OptionKind::Flag)) == "true";
}

std::string Check::runOption(std::string_view key) const {
  return options_ ? options_->get(std::string(key), "") : std::string();
}

std::optional<Check::OptionFile> Check::readOptionFile(std::string_view optionName) const {
  const OptionSpec& declared = declaredOption(optionName, OptionKind::File);
  const std::string value = configuredValue(declared);
  if (value.empty()) return std::nullopt;
  const std::string key = name_ + "." + declared.name;
  std::filesystem::path path(value);
  if (path.is_relative() && options_ != nullptr) path = options_->folderOf(key) / path;
  std::string error;
  auto bytes = readRegularFile(path, kMaxOptionFileBytes, error);
  if (!bytes) throw std::runtime_error(fmt::format("{}: cannot read {}: {}", key, displayPath(path.string()), error));
  return OptionFile{path.lexically_normal().string(), std::move(*bytes)};
}

void Check::report(FileContext& file, Node at, std::string message, std::optional<Fix> fix) const {
  file.report(Diagnostic{name_, std::move(message), at.begin(), at.end(), Severity::Warning, std::move(fix)});
}

}  // namespace pyconv
