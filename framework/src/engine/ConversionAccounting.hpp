#pragma once
// The conversion's accounting as the enabled checks declare it (CheckSpec::metrics, ::verdict): the
// packages a conversion takes away with the metrics counting their uses, and the checks whose
// findings are parts of --validate's verdict. The conversion rate, --stats, --validate and the
// review report read counts through this, so the engine names no package, metric or check itself.
#include <map>
#include <string>
#include <vector>

#include "pyconv/CheckSpec.hpp"

namespace pyconv {

// One package whose uses a check counts (MetricRole::PackageUses), with its annotation count.
struct CountedPackage {
  std::string package;               // "torch"
  std::string check;                 // the check that declares the count
  std::string usesMetric;            // "torch-uses"
  std::string annotationUsesMetric;  // "torch-annotation-uses"; "" when not declared

  // The engine's own count: uses of the package that removal fixes took away.
  std::string removedMetric() const { return usesMetric + "-removed"; }
  long uses(const std::map<std::string, long>& metrics) const { return value(metrics, usesMetric); }
  long annotationUses(const std::map<std::string, long>& metrics) const { return value(metrics, annotationUsesMetric); }
  long removed(const std::map<std::string, long>& metrics) const { return value(metrics, removedMetric()); }

 private:
  static long value(const std::map<std::string, long>& metrics, const std::string& name) {
    const auto it = name.empty() ? metrics.end() : metrics.find(name);
    return it == metrics.end() ? 0L : it->second;
  }
};

struct VerdictCheck {
  std::string check;
  VerdictPart part;
};

struct ConversionAccounting {
  std::vector<CountedPackage> packages;  // in the order of the declaring checks
  std::vector<VerdictCheck> verdictChecks;

  // From the declarations of the checks a run enables.
  static ConversionAccounting of(const std::vector<const CheckSpec*>& checks);
};

}  // namespace pyconv
