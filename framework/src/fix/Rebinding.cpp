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

}  // namespace

void holdBackRebindings(const Tree& tree, const std::string& package, const std::vector<Diagnostic>& diagnostics,
                        std::vector<std::size_t>& selected) {
  // The names the selected fixes' missing needs would bind, with the fixes that carry each. The
  // same few needs recur on hundreds of fixes: each distinct one is looked at once.
  std::vector<std::pair<const Need*, bool>> missingOf;  // distinct need -> not met yet
  std::map<std::string, std::vector<std::size_t>> fixesBinding;
  for (std::size_t i : selected) {
    for (const Need& need : diagnostics[i].fix->needs) {
      auto known = std::find_if(missingOf.begin(), missingOf.end(), [&](const auto& m) { return *m.first == need; });
      if (known == missingOf.end()) known = missingOf.insert(missingOf.end(), {&need, !needIsMet(tree, need)});
      if (known->second) fixesBinding[nameBoundBy(need)].push_back(i);
    }
  }
  if (fixesBinding.empty()) return;
  // The uses of each such name's module-level bindings: they all change meaning with the import.
  const SemanticModel semantic(tree, package);
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

}  // namespace pyconv
