#pragma once
// The torch -> MindSpore name table (data/api_map.tsv, compiled into the plugin), optionally
// extended or overridden by a team's file (CheckOptions: api-map.MappingFile).
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pyconv::api_mapping {

struct ApiRow {
  std::string target;                   // e.g. "mindspore.mint.cat"
  bool safe = false;                    // official consistent/curated and proven (see tools/build_api_map.py)
  std::vector<std::string> dropKwargs;  // keyword arguments MindSpore does not take
  // ...and where they sit when passed by position ("sparse@6" in the TSV: keyword `sparse`, or the
  // 7th positional argument); dropped by position only when no positional argument follows.
  std::map<std::size_t, std::string> dropPositions;
  // torch keyword -> the target's spelling ("dim:axis" in the TSV's rename_kwargs column)
  std::map<std::string, std::string> renameKwargs;
  std::string note;
};

class ApiTable {
 public:
  // The built-in table, parsed once per process.
  static const ApiTable& builtin();
  // Adds rows in the same TSV layout (torch_api, target, safety, drop_kwargs, ...) read from
  // `origin`; a row for a name already present replaces it. Throws std::runtime_error with a
  // one-line reason. (The check reads the file through Check::readOptionFile, which resolves and
  // bounds it.)
  void mergeText(std::string_view tsv, const std::string& origin);

  const ApiRow* find(std::string_view torchName) const;
  std::size_t size() const { return rows_.size(); }

 private:
  std::map<std::string, ApiRow, std::less<>> rows_;
};

// Keyword arguments dropped from every mapped call (the official table's general differences);
// `out` changes what the call means, so dropping it makes a fix Unsafe.
const std::vector<std::string>& generallyDroppedKwargs();

}  // namespace pyconv::api_mapping
