#include "ApiCompileDecoratorCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include <algorithm>
#include <array>

namespace pyconv::api_mapping {
namespace {

constexpr std::array<std::string_view, 9> kCompileDecorators = {
    "torch.jit.script",       "torch.jit.ignore",      "torch.jit.unused",        "torch.compile",
    "torch.compiler.disable", "torch._dynamo.disable", "torch.jit.script_method", "torch.jit.script_if_tracing",
    "torch.fx.wrap"};

}  // namespace

CheckSpec ApiCompileDecoratorCheck::spec() {
  return {.name = "api-compile-decorator",
          .summary = "removes `@torch.jit.script`, `@torch.jit.ignore`/`unused`, `@torch.compile(...)`, `@torch.fx.wrap` and kin (the function runs as written)",
          .phase = CheckPhase::Rewrite};
}

void ApiCompileDecoratorCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"q([(decorator (call function: (_) @decorated))
                              (decorator (attribute) @decorated)] @decorator)q",
                  "torch");
}

void ApiCompileDecoratorCheck::check(const MatchResult& result) {
  const auto name = result.file.semantic().qualifiedName(result.node("decorated"));
  if (!name || std::find(kCompileDecorators.begin(), kCompileDecorators.end(), *name) == kCompileDecorators.end()) return;
  const Node decorator = result.node("decorator");
  Fix fix{"remove the decorator", Applicability::Safe, {removeLines(decorator)}, {}};
  if (dropsForeignComment(decorator, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, decorator, "'@" + *name + "' only tells torch how to compile the function; it runs as written",
         removing(std::move(fix)));
}

}  // namespace pyconv::api_mapping
