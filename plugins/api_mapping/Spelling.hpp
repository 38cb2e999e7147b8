#pragma once
// How a MindSpore name is written in the converted file, in mindone's style:
// mindspore.mint.X -> mint.X, mindspore.ops.X -> ops.X, mindspore.nn.X -> nn.X,
// mindspore.X -> ms.X, each with the import it needs. A short name that the file already binds to
// something else is not used — the longer `ms.nn.X` is, so no import ever shadows another
// — unless that other binding is a torch import every use of which this
// conversion renames (`convertible`): then the MindSpore import takes its place, and the torch
// import, left unused, is removed by the engine.
#include <pyconv/Fix.hpp>
#include <pyconv/Semantic.hpp>

#include <functional>
#include <map>
#include <string>

namespace pyconv::api_mapping {

struct Spelling {
  std::string text;
  Need need;
};

// Whether the file binds `name` to something other than an import of `module` (with `module`
// empty, to anything at all: the name then stands for a builtin only where nothing binds it).
bool bindsOtherwise(const SemanticModel& semantic, std::string_view name, std::string_view module);

// `usableCache` remembers, for one parse, which short names may be used (the answer needs every
// use of the names' bindings); the caller clears it for each new parse.
Spelling spell(const std::string& target, const SemanticModel& semantic,
               const std::function<bool(const std::string& torchName)>& convertible,
               std::map<std::string, bool>& usableCache);

// `spell` for a fix that renames no torch name, so no torch import can give its short name up;
// one spelling, with no cache to share.
Spelling spellAlone(const std::string& target, const SemanticModel& semantic);

}  // namespace pyconv::api_mapping
