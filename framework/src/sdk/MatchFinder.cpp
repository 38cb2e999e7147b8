#include "pyconv/MatchFinder.hpp"

#include "engine/FileBudget.hpp"
#include "pyconv/Check.hpp"
#include "pyconv/FileContext.hpp"
#include "pyconv/Query.hpp"

#include <algorithm>

namespace pyconv {

void MatchFinder::addQuery(Check& check, std::string_view querySource, std::string prefilter) {
  // Compiled alone first: a bad query is reported against its own check, and its pattern count
  // places it in the combined query.
  const auto alone = Query::compile(querySource);
  entries_.push_back({&check, std::string(querySource), std::move(prefilter), patternCount_});
  patternCount_ += alone->patternCount();
  combinedSource_ += std::string(querySource) + "\n";
  combined_.reset();
}

void MatchFinder::run(FileContext& file) const {
  if (entries_.empty()) return;
  std::vector<char> active(entries_.size());
  bool any = false;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    active[i] = entries_[i].prefilter.empty() || file.text().find(entries_[i].prefilter) != std::string::npos;
    any = any || active[i];
  }
  if (!any) return;
  if (!combined_) combined_ = Query::compile(combinedSource_);
  const Query::NameResolver qualify = [&file](Node node) { return file.semantic().qualifiedName(node); };
  combined_->forEachMatch(
      file.tree().root(),
      [&](const QueryMatch& match) {
        // The entry whose patterns include this one: the last that starts at or before it.
        const auto it = std::upper_bound(entries_.begin(), entries_.end(), match.patternIndex,
                                         [](uint32_t index, const Entry& e) { return index < e.firstPattern; });
        const auto entry = static_cast<std::size_t>(it - entries_.begin()) - 1;
        checkFileBudget();
        if (active[entry]) entries_[entry].check->check(MatchResult{file, match});
      },
      qualify);
}

}  // namespace pyconv
