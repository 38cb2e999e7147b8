#include "fix/SyntaxGuard.hpp"

#include <algorithm>

namespace pyconv {
namespace {

using Set = std::vector<std::size_t>;
using Breaks = std::function<bool(const Set&)>;

Set without(const Set& all, const Set& drop) {
  Set rest;
  for (std::size_t x : all) {
    if (std::find(drop.begin(), drop.end(), x) == drop.end()) rest.push_back(x);
  }
  return rest;
}

Set greedy(const Set& fixes, const Breaks& breaks) {
  Set kept, dropped;
  for (std::size_t fix : fixes) {
    kept.push_back(fix);
    if (breaks(kept)) {
      kept.pop_back();
      dropped.push_back(fix);
    }
  }
  return dropped;
}

// Precondition: breaks(fixes).
Set bisect(const Set& fixes, const Breaks& breaks) {
  if (fixes.size() == 1) return fixes;
  const Set first(fixes.begin(), fixes.begin() + static_cast<std::ptrdiff_t>(fixes.size() / 2));
  const Set second(fixes.begin() + static_cast<std::ptrdiff_t>(fixes.size() / 2), fixes.end());
  Set culprits;
  if (breaks(first)) culprits = bisect(first, breaks);
  if (breaks(second)) {
    const Set more = bisect(second, breaks);
    culprits.insert(culprits.end(), more.begin(), more.end());
  }
  // When neither half breaks alone, only a combination does: findCulprits handles what is left.
  return culprits;
}

}  // namespace

std::vector<std::size_t> findCulprits(const std::vector<std::size_t>& fixes, const Breaks& breaks) {
  if (fixes.empty() || !breaks(fixes)) return {};
  Set culprits = bisect(fixes, breaks);
  // What is left may still break through a combination across the halves.
  const Set rest = without(fixes, culprits);
  if (!rest.empty() && breaks(rest)) {
    const Set more = greedy(rest, breaks);
    culprits.insert(culprits.end(), more.begin(), more.end());
  }
  std::sort(culprits.begin(), culprits.end());
  return culprits;
}

}  // namespace pyconv
