#include "ApiResidualCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "TorchReferences.hpp"

namespace pyconv::api_mapping {

void ApiResidualCheck::registerMatchers(MatchFinder& finder) { finder.addQuery(*this, kTorchHeadQuery, "torch"); }

void ApiResidualCheck::check(const MatchResult& result) {
  if (const auto use = torchUse(result.node("head"), result.file.semantic())) {
    report(result.file, use->chain, "torch reference left for a person: '" + use->qualified + "'");
  }
}

}  // namespace pyconv::api_mapping
