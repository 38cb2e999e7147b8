#include "fix/Rebinding.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "fix/Needs.hpp"
#include "pyconv/Semantic.hpp"

namespace pyconv {
namespace {

using Range = std::pair<uint32_t, uint32_t>;

// The byte ranges the selected fixes replace, sorted: they never overlap (fix selection accepts
// no overlapping edits), so the one that could contain a use is the last starting at or before it.
std::vector<Range> replacedRanges(const std::vector<Diagnostic>& diagnostics, const std::vector<std::size_t>& selected) {
  std::vector<Range> ranges;
  for (std::size_t i : selected) {
    for (const Edit& e : diagnostics[i].fix->edits) {
      if (e.begin < e.end) ranges.emplace_back(e.begin, e.end);
    }
  }
  std::sort(ranges.begin(), ranges.end());
  return ranges;
}

bool covered(const Range& use, const std::vector<Range>& ranges) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), Range{use.first, UINT32_MAX});
  return it != ranges.begin() && (--it)->second >= use.second;
}

// The ranges of the fixes found but not selected that could still be applied some day (every
// applicability but DisplayOnly: Unsafe ones count even in a Safe-only run). They may overlap.
std::vector<Range> pendingRanges(const std::vector<Diagnostic>& diagnostics, const std::vector<std::size_t>& selected) {
  std::vector<bool> isSelected(diagnostics.size(), false);
  for (std::size_t i : selected) isSelected[i] = true;
  std::vector<Range> ranges;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    if (isSelected[i] || !diagnostics[i].fix || diagnostics[i].fix->applicability == Applicability::DisplayOnly) continue;
    for (const Edit& e : diagnostics[i].fix->edits) {
      if (e.begin < e.end) ranges.emplace_back(e.begin, e.end);
    }
  }
  return ranges;
}

bool inside(const Range& inner, const Range& outer) { return outer.first <= inner.first && inner.second <= outer.second; }

// Whether some range of a set contains a given one, in O(log n) per question: the ranges sorted by
// start, with the furthest end among each prefix (a Safe-only run can hold thousands of pending
// Unsafe fixes and thousands of torch references).
class Containers {
 public:
  explicit Containers(std::vector<Range> ranges) : ranges_(std::move(ranges)) {
    std::sort(ranges_.begin(), ranges_.end());
    uint32_t furthest = 0;
    for (const Range& r : ranges_) furthestEnd_.push_back(furthest = std::max(furthest, r.second));
  }
  bool empty() const { return ranges_.empty(); }
  bool contain(const Range& inner) const {
    const auto after = std::upper_bound(ranges_.begin(), ranges_.end(), Range{inner.first, UINT32_MAX});
    return after != ranges_.begin() && furthestEnd_[static_cast<std::size_t>(after - ranges_.begin()) - 1] >= inner.second;
  }

 private:
  std::vector<Range> ranges_;
  std::vector<uint32_t> furthestEnd_;
};

}  // namespace

void holdBackRebindings(const LazySemanticModel& model, const std::vector<Diagnostic>& diagnostics,
                        std::vector<std::size_t>& selected) {
  // The names the selected fixes' missing needs would bind, with the fixes that carry each. The
  // same few needs recur on hundreds of fixes: each distinct one is looked at once.
  std::vector<std::pair<const Need*, bool>> missingOf;  // distinct need -> not met yet
  std::map<std::string, std::vector<std::size_t>> fixesBinding;
  for (std::size_t i : selected) {
    for (const Need& need : diagnostics[i].fix->needs) {
      auto known = std::find_if(missingOf.begin(), missingOf.end(), [&](const auto& m) { return *m.first == need; });
      if (known == missingOf.end()) known = missingOf.insert(missingOf.end(), {&need, !needIsMet(model.tree(), need)});
      if (known->second) fixesBinding[nameBoundBy(need)].push_back(i);
    }
  }
  if (fixesBinding.empty()) return;
  // The uses of each such name's module-level bindings: they all change meaning with the import.
  const SemanticModel& semantic = model.get();
  std::map<std::string, std::vector<Range>> usesOf;
  for (const Binding& old : semantic.bindings()) {
    if (old.scope != 0 || !fixesBinding.count(old.name)) continue;
    auto& uses = usesOf[old.name];
    for (const Node use : semantic.references(old)) uses.emplace_back(use.begin(), use.end());
  }
  // Holding a fix back uncovers the uses it rewrote: repeat until nothing more is held.
  for (bool changed = true; changed;) {
    changed = false;
    const auto ranges = replacedRanges(diagnostics, selected);
    for (const auto& [name, uses] : usesOf) {
      if (std::all_of(uses.begin(), uses.end(), [&](const Range& use) { return covered(use, ranges); })) continue;
      const auto& held = fixesBinding[name];
      const auto before = selected.size();
      selected.erase(std::remove_if(selected.begin(), selected.end(),
                                    [&](std::size_t i) { return std::find(held.begin(), held.end(), i) != held.end(); }),
                     selected.end());
      changed = changed || selected.size() != before;
    }
  }
}

void holdBackUnbindings(const LazySemanticModel& model, const std::vector<Diagnostic>& diagnostics,
                        std::vector<std::size_t>& selected) {
  const Containers pending(pendingRanges(diagnostics, selected));
  if (pending.empty() || selected.empty()) return;
  const SemanticModel& semantic = model.get();
  // Each import binding with a use some pending fix would rewrite: its name range and those uses.
  std::vector<std::pair<Range, std::vector<Range>>> watched;
  for (const Binding& binding : semantic.bindings()) {
    if (binding.kind != Binding::Kind::Import) continue;
    std::vector<Range> uses;
    for (const Node use : semantic.references(binding)) {
      const Range range{use.begin(), use.end()};
      if (pending.contain(range)) uses.push_back(range);
    }
    if (!uses.empty()) watched.emplace_back(Range{binding.node.begin(), binding.node.end()}, std::move(uses));
  }
  if (watched.empty()) return;
  // Holding a fix back uncovers the uses it rewrote: repeat until nothing more is held.
  for (bool changed = true; changed;) {
    changed = false;
    const auto ranges = replacedRanges(diagnostics, selected);
    std::vector<std::size_t> kept;
    for (std::size_t i : selected) {
      const bool unbindsAWatchedName = std::any_of(watched.begin(), watched.end(), [&](const auto& w) {
        const auto& edits = diagnostics[i].fix->edits;
        const bool removesIt = std::any_of(edits.begin(), edits.end(), [&](const Edit& e) {
          return e.begin < e.end && inside(w.first, Range{e.begin, e.end});
        });
        return removesIt && !std::all_of(w.second.begin(), w.second.end(), [&](const Range& use) { return covered(use, ranges); });
      });
      if (unbindsAWatchedName) {
        changed = true;
      } else {
        kept.push_back(i);
      }
    }
    selected = std::move(kept);
  }
}

void holdBackBindingChanges(const LazySemanticModel& model, const std::vector<Diagnostic>& diagnostics,
                            std::vector<std::size_t>& selected) {
  holdBackRebindings(model, diagnostics, selected);
  holdBackUnbindings(model, diagnostics, selected);
}

}  // namespace pyconv
