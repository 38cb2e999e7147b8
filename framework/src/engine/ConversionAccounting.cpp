#include "engine/ConversionAccounting.hpp"

namespace pyconv {

ConversionAccounting ConversionAccounting::of(const std::vector<const CheckSpec*>& checks) {
  ConversionAccounting accounting;
  for (const CheckSpec* spec : checks) {
    for (const MetricSpec& metric : spec->metrics) {
      if (metric.role == MetricRole::PackageUses) accounting.packages.push_back({metric.package, spec->name, metric.name, {}});
    }
    if (spec->verdict) accounting.verdictChecks.push_back({spec->name, *spec->verdict});
  }
  // An annotation count belongs to the counted package of the same name, whichever check keeps it.
  for (const CheckSpec* spec : checks) {
    for (const MetricSpec& metric : spec->metrics) {
      if (metric.role != MetricRole::PackageAnnotationUses) continue;
      for (auto& counted : accounting.packages) {
        if (counted.package == metric.package) counted.annotationUsesMetric = metric.name;
      }
    }
  }
  return accounting;
}

}  // namespace pyconv
