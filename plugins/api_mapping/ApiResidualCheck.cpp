#include "ApiResidualCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "TorchReferences.hpp"

namespace pyconv::api_mapping {

CheckSpec ApiResidualCheck::spec() {
  return {.name = "api-residual",
          .summary = "lists every torch reference left (no fix)",
          .phase = CheckPhase::Rewrite,
          .metrics = {{.name = "torch-uses",
                       .role = MetricRole::PackageUses,
                       .package = "torch",
                       .summary = "uses of torch: maximal dotted chains that resolve to torch through the imports"},
                      {.name = "torch-annotation-uses",
                       .role = MetricRole::PackageAnnotationUses,
                       .package = "torch",
                       .summary = "the torch uses inside type annotations"}}};
}

void ApiResidualCheck::registerMatchers(MatchFinder& finder) { finder.addQuery(*this, kTorchHeadQuery, "torch"); }

void ApiResidualCheck::check(const MatchResult& result) {
  if (const auto use = torchUse(result.node("head"), result.file.semantic())) {
    // The conversion rate counts every use; annotation uses (`x: torch.Tensor`) apart.
    result.file.addMetric("torch-uses");
    if (inAnnotation(*use)) result.file.addMetric("torch-annotation-uses");
    report(result.file, use->chain, "torch reference left for a person: '" + use->qualified + "'");
  }
}

}  // namespace pyconv::api_mapping
