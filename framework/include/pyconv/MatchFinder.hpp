#pragma once
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

class Check;
class FileContext;
class Query;

// Collects the matchers of the active checks and runs them over a file in one traversal: all
// queries are compiled into one combined query (cached process-wide), whose pattern indices say
// which check a match belongs to.
class PYCONV_API MatchFinder {
 public:
  // `querySource` is a tree-sitter query; `prefilter`, when not empty, is a byte string the file
  // must contain for the query's matches to be worth checking (a cheap skip for most files).
  // Throws std::invalid_argument when the query does not compile.
  void addQuery(Check& check, std::string_view querySource, std::string prefilter = {});
  // The same with several prefilters, any one of which lets the file through (one query for
  // names that share no byte string, matched once per node).
  void addQuery(Check& check, std::string_view querySource, std::initializer_list<std::string_view> prefilters);

  void run(FileContext& file) const;
  // Whether some query's prefilter lets `text` through: if not, run() can match nothing in it.
  bool mayMatch(std::string_view text) const;
  // The patterns of the combined query: a query text several checks register counts once.
  uint32_t patternCount() const { return patternCount_; }

  // The matchers of `finders`, in their order, as one finder: a single traversal serves them all
  // where nothing changes the text between them (the engine's report of every phase at once).
  static MatchFinder combining(const std::vector<const MatchFinder*>& finders);

 private:
  // One query text, however many checks registered it: compiled into the combined query once, so
  // a node it matches is matched once and handed to each of those checks (the query of torch
  // names is registered by many api checks).
  struct SharedQuery {
    std::string source;
    uint32_t firstPattern = 0;  // in the combined query
    uint32_t patternCount = 0;
    std::vector<std::size_t> entries;  // who registered it, in order
  };
  struct Entry {
    Check* check;
    std::string prefilter;  // alternatives separated by '\n' (no prefilter spans lines)
    std::size_t query;      // in queries_
  };
  void add(Check& check, const std::string& source, uint32_t patternCount, std::string prefilter);

  std::vector<Entry> entries_;
  std::vector<SharedQuery> queries_;  // by firstPattern
  // The capture names each check's queries define, all of them together: a check that adds
  // several queries may ask any match for a capture of any of them.
  std::map<const Check*, std::vector<std::string>> captures_;
  std::string combinedSource_;
  uint32_t patternCount_ = 0;
  mutable std::shared_ptr<const Query> combined_;
};

}  // namespace pyconv
