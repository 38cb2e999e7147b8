#pragma once
#include <pyconv/Check.hpp>

#include <map>
#include <string>

#include "ApiTable.hpp"

namespace pyconv::api_mapping {

// The table-driven rename: every torch name with a row in the mapping table (through the file's
// scoped imports: `torch.cat`, `T.cat`, `nn.Linear`, `F.softmax`, `G.gelu`, `Linear`) becomes its
// MindSpore target in mindone's spelling (`mint.cat`, `mint.nn.Linear`, `nn.Cell`, `ms.float32`),
// with the import it needs; keyword arguments MindSpore does not take are dropped.
// Options: MappingFile (extra rows). Doc: docs/api-map.md.
class ApiMapCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void check(const MatchResult& result) override;
  void onStartOfPass(FileContext& file) override;

 private:
  ApiTable table_;
  std::map<std::string, bool> usableAliases_;  // per parse, see spell()
};

}  // namespace pyconv::api_mapping
