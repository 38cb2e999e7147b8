#include "pyconv/MatchFinder.hpp"

#include "pyconv/Check.hpp"
#include "pyconv/FileContext.hpp"
#include "pyconv/Query.hpp"

namespace pyconv {

void MatchFinder::addQuery(Check& check, std::string_view querySource, std::string prefilter) {
  entries_.push_back({&check, Query::compile(querySource), std::move(prefilter)});
}

void MatchFinder::run(FileContext& file) const {
  const Node root = file.tree().root();
  const Query::NameResolver qualify = [&file](Node node) { return file.semantic().qualifiedName(node); };
  for (const Entry& entry : entries_) {
    if (!entry.prefilter.empty() && file.text().find(entry.prefilter) == std::string::npos) continue;
    entry.query->forEachMatch(root, [&](const QueryMatch& match) {
      entry.check->check(MatchResult{file, match});
    }, qualify);
  }
}

}  // namespace pyconv
