#pragma once
#include <ostream>
#include <vector>

#include "config/Config.hpp"

namespace pyconv {

class CheckSelection;
class PluginSet;

// --verify-config: unknown keys, Checks globs that match no loaded check, CheckOptions for
// unknown checks or options no check reads (every loaded check is made once to learn which
// options it reads). Prints one line per problem; returns 0 if none, else 1.
int verifyConfigs(const std::vector<const ConfigFile*>& files, const PluginSet& plugins,
                  const CheckSelection& selection, std::ostream& out, std::ostream& err);

}  // namespace pyconv
