#include "engine/UnifiedDiff.hpp"

#include <git2.h>

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

}  // namespace

std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view oldLabel,
                        std::string_view newLabel) {
  if (before == after) return {};
  static std::once_flag initialized;
  std::call_once(initialized, [] { git_libgit2_init(); });
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

}  // namespace pyconv
