#include "engine/RemovedUses.hpp"

#include <algorithm>

#include "pyconv/PackageUses.hpp"
#include "pyconv/Semantic.hpp"
#include "pyconv/Tree.hpp"
#include "semantic/LazySemanticModel.hpp"

namespace pyconv {
namespace {

struct Range {
  uint32_t begin, end;
};

bool overlaps(Node node, const Range& r) { return node.begin() < r.end && r.begin < node.end(); }

// Walks only the parts of the tree the ranges touch, and resolves only their identifiers:
// resolving every identifier of the file would cost as much as the checks themselves.
void collectHeads(Node node, const std::vector<Range>& ranges, std::vector<Node>& heads) {
  if (node.is(syntax::Kind::Identifier)) {
    heads.push_back(node);
    return;
  }
  for (Node child : node.namedChildren()) {
    if (std::any_of(ranges.begin(), ranges.end(), [&](const Range& r) { return overlaps(child, r); })) {
      collectHeads(child, ranges, heads);
    }
  }
}

long usesInside(const LazySemanticModel& model, const std::string& counted, const std::vector<Range>& ranges) {
  std::vector<Node> heads;
  collectHeads(model.tree().root(), ranges, heads);
  if (heads.empty()) return 0;
  const SemanticModel& semantic = model.get();
  long count = 0;
  for (Node head : heads) {
    const auto use = packageUse(head, semantic, counted);
    if (!use) continue;
    const uint32_t b = use->chain.begin(), e = use->chain.end();
    count += std::any_of(ranges.begin(), ranges.end(), [&](const Range& r) { return r.begin <= b && e <= r.end; }) ? 1 : 0;
  }
  return count;
}

}  // namespace

long packageUsesRemoved(const LazySemanticModel& before, const LazySemanticModel& after, const std::vector<Edit>& applied,
                        const std::vector<Edit>& removals, const std::string& counted) {
  std::vector<Range> old, replaced;
  for (const Edit& removal : removals) {
    old.push_back({removal.begin, removal.end});
    // Where the replacement lands: shifted by every edit that ends before it starts.
    long shift = 0;
    for (const Edit& e : applied) {
      if (e.end <= removal.begin && !(e == removal)) {
        shift += static_cast<long>(e.replacement.size()) - static_cast<long>(e.end - e.begin);
      }
    }
    const auto begin = static_cast<uint32_t>(static_cast<long>(removal.begin) + shift);
    replaced.push_back({begin, begin + static_cast<uint32_t>(removal.replacement.size())});
  }
  const long removedRanges = usesInside(before, counted, old);
  // Most removals (`.to(device)` with a variable) hold no counted use: then the new text needs no look.
  return removedRanges == 0 ? 0 : std::max(0L, removedRanges - usesInside(after, counted, replaced));
}

}  // namespace pyconv
