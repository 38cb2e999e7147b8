#include "ApiTracingHelperCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "Spelling.hpp"

#include <algorithm>
#include <array>

namespace pyconv::api_mapping {
namespace {

struct PlainEquivalent {
  std::string_view helper;       // the helper's name in transformers
  std::string_view replacement;  // what a call's callee becomes
  std::string_view module;       // where the replacement is imported from; empty for a builtin
};

constexpr std::array<PlainEquivalent, 3> kEquivalents = {{
    {"torch_int", "int", ""},
    {"torch_float", "int", ""},  // sic: transformers 4.57.1 returns int(x) here too
    {"compile_compatible_method_lru_cache", "lru_cache", "functools"},
}};

// The plain equivalent of what `name` denotes, when it is one of the helpers of transformers'
// package (imported from transformers or from mindone's copy of it).
const PlainEquivalent* equivalentOf(std::string_view name) {
  if (!name.starts_with("transformers.") && !name.starts_with("mindone.transformers.")) return nullptr;
  const std::string_view last = name.substr(name.rfind('.') + 1);
  const auto it = std::find_if(kEquivalents.begin(), kEquivalents.end(), [&](const auto& e) { return e.helper == last; });
  return it == kEquivalents.end() ? nullptr : &*it;
}

}  // namespace

CheckSpec ApiTracingHelperCheck::spec() {
  return {.name = "api-tracing-helper",
          .summary = "transformers' `torch_int(x)`, `torch_float(x)` -> `int(x)` (what they return outside tracing); `@compile_compatible_method_lru_cache(...)` -> `@lru_cache(...)`",
          .phase = CheckPhase::Rewrite};
}

void ApiTracingHelperCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(call function: (identifier) @callee) @call", {"torch_", "compile_compatible_method_lru_cache"});
}

void ApiTracingHelperCheck::check(const MatchResult& result) {
  const Node callee = result.node("callee");
  const SemanticModel& semantic = result.file.semantic();
  const auto name = semantic.qualifiedName(callee);
  const PlainEquivalent* plain = name ? equivalentOf(*name) : nullptr;
  if (plain == nullptr) return;
  const std::string replacement(plain->replacement);
  const std::string qualified = plain->module.empty() ? "" : std::string(plain->module) + "." + replacement;
  const std::string message = "'" + std::string(callee.text()) + "' only differs from '" +
                              (qualified.empty() ? replacement : qualified) + "' while torch traces or compiles the model";
  if (bindsOtherwise(semantic, replacement, qualified)) {
    return report(result.file, callee, message + "; the file binds '" + replacement + "' otherwise");
  }
  Fix fix{"use the plain equivalent", Applicability::Safe, {Edit{callee.begin(), callee.end(), replacement}}, {}};
  if (!plain->module.empty()) fix.needs.push_back(Need::importFrom(std::string(plain->module), replacement));
  report(result.file, callee, message, std::move(fix));
}

}  // namespace pyconv::api_mapping
