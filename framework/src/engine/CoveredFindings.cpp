#include "engine/CoveredFindings.hpp"

#include <algorithm>

namespace pyconv {

std::size_t dropCoveredFindings(std::vector<Diagnostic>& diagnostics) {
  struct Span {
    uint32_t begin, end;
    const std::string* check;
  };
  std::vector<Span> edited;  // every edit of a fix that will or may be applied
  for (const Diagnostic& d : diagnostics) {
    if (!d.fix || d.fix->applicability == Applicability::DisplayOnly) continue;
    for (const Edit& e : d.fix->edits) edited.push_back({e.begin, e.end, &d.check});
  }
  if (edited.empty()) return 0;
  std::sort(edited.begin(), edited.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  // The furthest end among the edits up to each one: a backward scan stops where no earlier edit
  // can reach the finding (linear in the edits that do, not in all of them).
  std::vector<uint32_t> reach(edited.size());
  for (std::size_t i = 0; i < edited.size(); ++i) reach[i] = std::max(edited[i].end, i ? reach[i - 1] : 0u);
  const auto covered = [&](const Diagnostic& d) {
    if (d.fix) return false;
    auto i = static_cast<std::size_t>(std::partition_point(edited.begin(), edited.end(), [&](const Span& e) { return e.begin < d.end; }) -
                                      edited.begin());
    while (i-- > 0 && reach[i] > d.begin) {
      const Span& e = edited[i];
      // It replaces bytes of the finding, or inserts strictly inside it.
      const bool touches = e.begin < e.end ? e.end > d.begin : e.begin > d.begin;
      if (touches && *e.check != d.check) return true;
    }
    return false;
  };
  // Decided for all before any is removed: the spans point into `diagnostics`.
  std::vector<bool> drop(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size(); ++i) drop[i] = covered(diagnostics[i]);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) diagnostics[kept] = std::move(diagnostics[i]);
    ++kept;
  }
  const std::size_t dropped = diagnostics.size() - kept;
  diagnostics.resize(kept);
  return dropped;
}

}  // namespace pyconv
