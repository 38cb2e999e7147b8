#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

class Check;
class FileContext;
class Query;

// Collects the matchers of the active checks and runs them over a file.
class PYCONV_API MatchFinder {
 public:
  // `querySource` is a tree-sitter query; `prefilter`, when not empty, is a byte string the file
  // must contain for the query to be worth running (a cheap skip for most files).
  void addQuery(Check& check, std::string_view querySource, std::string prefilter = {});

  void run(FileContext& file) const;

 private:
  struct Entry {
    Check* check;
    std::shared_ptr<const Query> query;
    std::string prefilter;
  };
  std::vector<Entry> entries_;
};

}  // namespace pyconv
