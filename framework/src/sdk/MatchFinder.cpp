#include "pyconv/MatchFinder.hpp"

#include "engine/FileBudget.hpp"
#include "pyconv/Check.hpp"
#include "pyconv/FileContext.hpp"
#include "pyconv/Query.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <stdexcept>

namespace pyconv {

void MatchFinder::addQuery(Check& check, std::string_view querySource, std::string prefilter) {
  // Compiled alone first: a bad query is reported against its own check, and its pattern count
  // places it in the combined query.
  const auto alone = Query::compile(querySource);
  auto& names = captures_[&check];
  for (const auto& name : alone->captureNames()) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  entries_.push_back({&check, std::string(querySource), std::move(prefilter), patternCount_});
  patternCount_ += alone->patternCount();
  combinedSource_ += std::string(querySource) + "\n";
  combined_.reset();
}

void MatchFinder::addQuery(Check& check, std::string_view querySource, std::initializer_list<std::string_view> prefilters) {
  std::string joined;
  for (const std::string_view p : prefilters) {
    if (p.empty() || p.find('\n') != std::string_view::npos) {
      throw std::invalid_argument("a prefilter is a non-empty byte string of one line");
    }
    joined += (joined.empty() ? "" : "\n") + std::string(p);
  }
  addQuery(check, querySource, std::move(joined));
}

MatchFinder MatchFinder::combining(const std::vector<const MatchFinder*>& finders) {
  MatchFinder all;
  for (const MatchFinder* finder : finders) {
    for (Entry entry : finder->entries_) {
      entry.firstPattern += all.patternCount_;
      all.entries_.push_back(std::move(entry));
    }
    for (const auto& [check, names] : finder->captures_) {
      auto& merged = all.captures_[check];
      for (const auto& name : names) {
        if (std::find(merged.begin(), merged.end(), name) == merged.end()) merged.push_back(name);
      }
    }
    all.combinedSource_ += finder->combinedSource_;
    all.patternCount_ += finder->patternCount_;
  }
  return all;
}

namespace {

// Whether `text` contains one of the '\n'-separated alternatives of `prefilter` (empty: any text).
bool passes(std::string_view text, std::string_view prefilter) {
  if (prefilter.empty()) return true;
  for (std::size_t start = 0;;) {
    const std::size_t end = prefilter.find('\n', start);
    if (text.find(prefilter.substr(start, end - start)) != std::string_view::npos) return true;
    if (end == std::string_view::npos) return false;
    start = end + 1;
  }
}

}  // namespace

bool MatchFinder::mayMatch(std::string_view text) const {
  return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& e) { return passes(text, e.prefilter); });
}

void MatchFinder::run(FileContext& file) const {
  if (entries_.empty()) return;
  std::vector<char> active(entries_.size());
  bool any = false;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    active[i] = passes(file.text(), entries_[i].prefilter);
    any = any || active[i];
  }
  if (!any) return;
  if (!combined_) combined_ = Query::compile(combinedSource_);
  // The entry whose patterns include a pattern: the last that starts at or before it.
  auto entryOf = [&](uint32_t pattern) {
    const auto it = std::upper_bound(entries_.begin(), entries_.end(), pattern,
                                     [](uint32_t index, const Entry& e) { return index < e.firstPattern; });
    return static_cast<std::size_t>(it - entries_.begin()) - 1;
  };
  // Several checks ask the same name question of the same identifier (the query of torch names is
  // everyone's), one pattern after another: the answer for the last node asked is kept.
  Node lastAsked;
  std::optional<std::string> lastName;
  const Query::NameResolver qualify = [&](Node node) {
    if (lastAsked.isNull() || !(node == lastAsked)) {
      lastName = file.semantic().qualifiedName(node);
      lastAsked = node;
    }
    return lastName;
  };
  combined_->forEachMatch(
      file.tree().root(),
      [&](const QueryMatch& match) {
        checkFileBudget();
        Check& check = *entries_[entryOf(match.patternIndex)].check;
        check.check(MatchResult{file, match, &captures_.at(&check), check.name()});
      },
      qualify, [&](uint32_t pattern) { return active[entryOf(pattern)] != 0; });
}

}  // namespace pyconv
