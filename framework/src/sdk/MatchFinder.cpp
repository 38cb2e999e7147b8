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
  add(check, std::string(querySource), alone->patternCount(), std::move(prefilter));
}

void MatchFinder::add(Check& check, const std::string& source, uint32_t patternCount, std::string prefilter) {
  auto query = std::find_if(queries_.begin(), queries_.end(), [&](const SharedQuery& q) { return q.source == source; });
  if (query == queries_.end()) {
    query = queries_.insert(queries_.end(), SharedQuery{source, patternCount_, patternCount, {}});
    patternCount_ += patternCount;
    combinedSource_ += source + "\n";
    combined_.reset();
  }
  query->entries.push_back(entries_.size());
  entries_.push_back({&check, std::move(prefilter), static_cast<std::size_t>(query - queries_.begin())});
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
    for (const Entry& entry : finder->entries_) {
      const SharedQuery& query = finder->queries_[entry.query];
      all.add(*entry.check, query.source, query.patternCount, entry.prefilter);
    }
    for (const auto& [check, names] : finder->captures_) {
      auto& merged = all.captures_[check];
      for (const auto& name : names) {
        if (std::find(merged.begin(), merged.end(), name) == merged.end()) merged.push_back(name);
      }
    }
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
  std::vector<char> active(entries_.size()), queryActive(queries_.size());
  bool any = false;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    active[i] = passes(file.text(), entries_[i].prefilter);
    queryActive[entries_[i].query] |= active[i];
    any = any || active[i];
  }
  if (!any) return;
  if (!combined_) combined_ = Query::compile(combinedSource_);
  // The query a pattern belongs to: the last that starts at or before it.
  auto queryOf = [&](uint32_t pattern) {
    const auto it = std::upper_bound(queries_.begin(), queries_.end(), pattern,
                                     [](uint32_t index, const SharedQuery& q) { return index < q.firstPattern; });
    return static_cast<std::size_t>(it - queries_.begin()) - 1;
  };
  // A name question is asked of the same node by several predicates of one match and by nested
  // patterns one after another: the answer for the last node asked is kept.
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
        for (const std::size_t entry : queries_[queryOf(match.patternIndex)].entries) {
          if (!active[entry]) continue;
          Check& check = *entries_[entry].check;
          check.check(MatchResult{file, match, &captures_.at(&check), check.name()});
        }
      },
      qualify, [&](uint32_t pattern) { return queryActive[queryOf(pattern)] != 0; });
}

}  // namespace pyconv
