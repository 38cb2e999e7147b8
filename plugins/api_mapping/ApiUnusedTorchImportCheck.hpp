#pragma once
#include <pyconv/Check.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace pyconv {
struct Binding;
}

namespace pyconv::api_mapping {

// A torch import that nothing in the file uses goes, whether it was unused from the start or
// every use was converted or removed: a converted file must not load torch for nothing (an
// import of torch is torch left, for --validate and for an import without torch). Imports a
// string may need are kept: names listed in `__all__` and imports under `if TYPE_CHECKING:`.
// Safe: the code that remains reads the same names. Doc: docs/api-unused-torch-import.md.
class ApiUnusedTorchImportCheck final : public Check {
 public:
  using Check::Check;
  static CheckSpec spec();
  void registerMatchers(MatchFinder& finder) override;
  void onStartOfPass(FileContext& file) override;
  void check(const MatchResult& result) override;

 private:
  // One removal per pass over a text: two neighbouring statements removed in one iteration would
  // each keep "their" blank line, and the result would depend on how removals were grouped.
  bool fixedOne_ = false;
  // What every match of a pass asks, gathered once per pass (a file may import torch hundreds of
  // times; each match scanning every binding made the pass quadratic).
  struct PassIndex {
    std::map<uint32_t, std::vector<const Binding*>> importsByStatement;  // statement start -> its bindings
    std::set<std::pair<std::string, uint32_t>> usedImportNames;          // (name, scope) of used imports
    std::vector<std::string> exported;                                    // `__all__`
  };
  std::optional<PassIndex> index_;
  const PassIndex& indexFor(FileContext& file);
};

}  // namespace pyconv::api_mapping
