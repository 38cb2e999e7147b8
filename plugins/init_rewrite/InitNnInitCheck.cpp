#include "InitNnInitCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "InitHelpers.hpp"

namespace pyconv::init_rewrite {

CheckSpec InitNnInitCheck::spec() {
  return {.name = "init-nn-init",
          .summary = "`torch.nn.init.*` calls -> module-level helpers",
          .phase = CheckPhase::Prepare};
}

void InitNnInitCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"q(((call function: (_) @callee) @call (#pyconv-qualname-match? @callee "^torch\\.nn\\.init\\.")))q",
                  "init");
}

void InitNnInitCheck::check(const MatchResult& result) {
  const Node callee = result.node("callee");
  const std::string qualified = *result.file.semantic().qualifiedName(callee);
  const std::string name = qualified.substr(std::string("torch.nn.init.").size());
  auto needs = helperNeeds(name);
  if (needs.empty()) {
    report(result.file, callee, "'" + qualified + "' has no MindSpore helper yet; port it by hand");
    return;
  }
  report(result.file, callee, "MindSpore has no in-place initialisers: '" + qualified + "' becomes the helper '" + name + "'",
         Fix{"call the helper " + name, Applicability::Safe, {{callee.begin(), callee.end(), name}}, std::move(needs)});
}

}  // namespace pyconv::init_rewrite
