#include "fix/FixSelection.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace pyconv {
namespace {

bool isApplicable(const Diagnostic& d, FixPolicy policy) {
  if (!d.fix || d.fix->edits.empty()) return false;
  switch (d.fix->applicability) {
    case Applicability::Safe: return true;
    case Applicability::Unsafe: return policy.applyUnsafe;
    case Applicability::DisplayOnly: return false;
  }
  return false;
}

uint32_t firstOffset(const Fix& fix) {
  uint32_t first = UINT32_MAX;
  for (const Edit& e : fix.edits) first = std::min(first, e.begin);
  return first;
}

}  // namespace

bool editsConflict(const Edit& a, const Edit& b) {
  if (a == b) return false;
  // Two insertions at one point would have an arbitrary order: a conflict.
  if (a.begin == a.end && b.begin == b.end) return a.begin == b.begin;
  return a.begin < b.end && b.begin < a.end;
}

std::vector<std::size_t> selectFixes(const std::vector<Diagnostic>& diagnostics, FixPolicy policy) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    if (isApplicable(diagnostics[i], policy)) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& da = diagnostics[a];
    const auto& db = diagnostics[b];
    const auto oa = firstOffset(*da.fix), ob = firstOffset(*db.fix);
    if (oa != ob) return oa < ob;
    return da.check < db.check;
  });

  std::vector<const Edit*> accepted;
  std::vector<std::size_t> selected;
  for (std::size_t index : order) {
    const Fix& fix = *diagnostics[index].fix;
    const bool conflicts = std::any_of(fix.edits.begin(), fix.edits.end(), [&](const Edit& edit) {
      return std::any_of(accepted.begin(), accepted.end(),
                         [&](const Edit* other) { return editsConflict(*other, edit); });
    });
    if (conflicts) continue;
    for (const Edit& edit : fix.edits) accepted.push_back(&edit);
    selected.push_back(index);
  }
  return selected;
}

std::vector<Edit> collectEdits(const std::vector<Diagnostic>& diagnostics,
                               const std::vector<std::size_t>& selected) {
  std::vector<Edit> edits;
  for (std::size_t index : selected) {
    for (const Edit& edit : diagnostics[index].fix->edits) {
      if (std::find(edits.begin(), edits.end(), edit) == edits.end()) edits.push_back(edit);
    }
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  return edits;
}

std::string applyEdits(std::string_view text, const std::vector<Edit>& edits) {
  std::string out;
  out.reserve(text.size());
  uint32_t cursor = 0;
  for (const Edit& edit : edits) {
    if (edit.begin < cursor || edit.end < edit.begin || edit.end > text.size()) {
      throw std::logic_error("applyEdits: overlapping or out-of-range edit");
    }
    out.append(text.substr(cursor, edit.begin - cursor));
    out.append(edit.replacement);
    cursor = edit.end;
  }
  out.append(text.substr(cursor));
  return out;
}

uint32_t offsetAfterEdits(uint32_t offset, const std::vector<Edit>& edits) {
  int64_t shift = 0;
  for (const Edit& edit : edits) {
    if (edit.begin >= offset) break;
    if (edit.end > offset) return static_cast<uint32_t>(edit.begin + shift);  // inside a replaced range
    shift += static_cast<int64_t>(edit.replacement.size()) - (edit.end - edit.begin);
  }
  return static_cast<uint32_t>(offset + shift);
}

}  // namespace pyconv
