#pragma once
// einops patterns ("b n (h d) -> b h n d") translated to MindSpore tensor methods, as text.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pyconv::api_mapping {

struct EinopsCall {
  std::string tensor;                          // source text of the tensor (re-evaluated: a name or attribute)
  std::string pattern;                         // the literal pattern
  std::map<std::string, std::string> sizes;    // axis name -> size expression (the keyword arguments)
  bool repeat = false;                         // einops.repeat (new axes allowed on the right)
};

// The expression that computes the call, or the reason there is none.
struct EinopsTranslation {
  std::optional<std::string> expression;
  std::string reason;
};

EinopsTranslation translateEinops(const EinopsCall& call);

}  // namespace pyconv::api_mapping
