#include "io/UnifiedDiff.hpp"

#include <git2.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace pyconv {
namespace {

int onHunk(const git_diff_delta*, const git_diff_hunk* hunk, void* payload) {
  static_cast<std::string*>(payload)->append(hunk->header, hunk->header_len);
  return 0;
}

int onLine(const git_diff_delta*, const git_diff_hunk*, const git_diff_line* line, void* payload) {
  auto& out = *static_cast<std::string*>(payload);
  switch (line->origin) {
    case GIT_DIFF_LINE_CONTEXT:
    case GIT_DIFF_LINE_ADDITION:
    case GIT_DIFF_LINE_DELETION:
      out.push_back(line->origin);
      out.append(line->content, line->content_len);
      break;
    case GIT_DIFF_LINE_CONTEXT_EOFNL:
    case GIT_DIFF_LINE_ADD_EOFNL:
    case GIT_DIFF_LINE_DEL_EOFNL:
      out.append("\\ No newline at end of file\n");
      break;
    default:
      break;
  }
  return 0;
}

struct Hunks {
  std::vector<git_diff_hunk> list;
};

int collectHunk(const git_diff_delta*, const git_diff_hunk* hunk, void* payload) {
  static_cast<Hunks*>(payload)->list.push_back(*hunk);
  return 0;
}

void initLibgit2() {
  static std::once_flag initialized;
  std::call_once(initialized, [] { git_libgit2_init(); });
}

// Byte offset of each line start, plus the end of the text.
std::vector<uint32_t> lineOffsets(std::string_view text) {
  std::vector<uint32_t> offsets{0};
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') offsets.push_back(i + 1);
  }
  if (offsets.back() != text.size()) offsets.push_back(static_cast<uint32_t>(text.size()));
  return offsets;
}

// Byte range of `count` lines from 1-based line `start` (count 0: the point before line start+1).
std::pair<uint32_t, uint32_t> lineRange(const std::vector<uint32_t>& offsets, int start, int count) {
  const auto at = [&](int line) { return offsets[std::min<std::size_t>(static_cast<std::size_t>(std::max(line, 0)), offsets.size() - 1)]; };
  if (count == 0) return {at(start), at(start)};
  return {at(start - 1), at(start - 1 + count)};
}

}  // namespace

std::vector<Edit> netReplacements(std::string_view before, std::string_view after) {
  if (before == after) return {};
  initLibgit2();
  git_diff_options options = GIT_DIFF_OPTIONS_INIT;
  options.context_lines = 0;
  options.interhunk_lines = 0;
  options.flags |= GIT_DIFF_FORCE_TEXT;
  Hunks hunks;
  if (git_diff_buffers(before.data(), before.size(), "a", after.data(), after.size(), "b", &options, nullptr, nullptr,
                       collectHunk, nullptr, &hunks) != 0) {
    throw std::runtime_error("libgit2 could not diff two buffers");
  }
  const auto oldLines = lineOffsets(before), newLines = lineOffsets(after);
  std::vector<Edit> edits;
  for (const auto& h : hunks.list) {
    auto [ob, oe] = lineRange(oldLines, h.old_start, h.old_lines);
    auto [nb, ne] = lineRange(newLines, h.new_start, h.new_lines);
    // Trim bytes both sides share, so a replacement covers only what changed.
    while (ob < oe && nb < ne && before[ob] == after[nb]) ++ob, ++nb;
    while (ob < oe && nb < ne && before[oe - 1] == after[ne - 1]) --oe, --ne;
    edits.push_back(Edit{ob, oe, std::string(after.substr(nb, ne - nb))});
  }
  return edits;
}

std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view oldLabel,
                        std::string_view newLabel) {
  if (before == after) return {};
  initLibgit2();
  git_diff_options options = GIT_DIFF_OPTIONS_INIT;
  options.context_lines = 3;
  options.flags |= GIT_DIFF_FORCE_TEXT;
  std::string body;
  const std::string oldPath(oldLabel), newPath(newLabel);
  const int rc = git_diff_buffers(before.data(), before.size(), oldPath.c_str(), after.data(), after.size(),
                                  newPath.c_str(), &options, nullptr, nullptr, onHunk, onLine, &body);
  if (rc != 0) throw std::runtime_error("libgit2 could not diff two buffers");
  return "--- " + oldPath + "\n+++ " + newPath + "\n" + body;
}

namespace {

struct DiffLine {
  char origin;
  int oldLine, newLine;
};

int collectLine(const git_diff_delta*, const git_diff_hunk*, const git_diff_line* line, void* payload) {
  if (line->origin == GIT_DIFF_LINE_CONTEXT || line->origin == GIT_DIFF_LINE_ADDITION || line->origin == GIT_DIFF_LINE_DELETION) {
    static_cast<std::vector<DiffLine>*>(payload)->push_back({line->origin, line->old_lineno, line->new_lineno});
  }
  return 0;
}

int lineCount(std::string_view text) {
  const auto newlines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  return text.empty() || text.back() == '\n' ? newlines : newlines + 1;
}

}  // namespace

std::vector<SideBySideRow> sideBySideRows(std::string_view before, std::string_view after, int context) {
  using Kind = SideBySideRow::Kind;
  if (before == after) return {};
  initLibgit2();
  git_diff_options options = GIT_DIFF_OPTIONS_INIT;
  options.context_lines = static_cast<uint32_t>(context);
  options.flags |= GIT_DIFF_FORCE_TEXT;
  std::vector<DiffLine> lines;
  if (git_diff_buffers(before.data(), before.size(), "a", after.data(), after.size(), "b", &options, nullptr, nullptr,
                       nullptr, collectLine, &lines) != 0) {
    throw std::runtime_error("libgit2 could not diff two buffers");
  }
  std::vector<SideBySideRow> rows;
  int nextOld = 1;  // the first old line no row has shown yet
  auto skipTo = [&](int oldLine) {
    if (oldLine > nextOld) rows.push_back({Kind::Skipped, 0, 0, oldLine - nextOld});
  };
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].origin == GIT_DIFF_LINE_CONTEXT) {
      skipTo(lines[i].oldLine);
      rows.push_back({Kind::Same, lines[i].oldLine, lines[i].newLine, 0});
      nextOld = lines[i].oldLine + 1;
      ++i;
      continue;
    }
    // A change: its deletions, then its additions, side by side.
    std::vector<int> deleted, added;
    for (; i < lines.size() && lines[i].origin == GIT_DIFF_LINE_DELETION; ++i) deleted.push_back(lines[i].oldLine);
    for (; i < lines.size() && lines[i].origin == GIT_DIFF_LINE_ADDITION; ++i) added.push_back(lines[i].newLine);
    if (!deleted.empty()) {
      skipTo(deleted.front());
      nextOld = deleted.back() + 1;
    }
    for (std::size_t k = 0; k < std::max(deleted.size(), added.size()); ++k) {
      rows.push_back({Kind::Changed, k < deleted.size() ? deleted[k] : 0, k < added.size() ? added[k] : 0, 0});
    }
  }
  const int total = lineCount(before);
  if (total >= nextOld) rows.push_back({Kind::Skipped, 0, 0, total - nextOld + 1});
  return rows;
}

}  // namespace pyconv
