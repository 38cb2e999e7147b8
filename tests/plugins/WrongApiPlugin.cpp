// A plugin built against a future plugin API: refused before its factory runs.
#include <boost/dll/alias.hpp>
#include <cstdlib>
#include <memory>

#include "pyconv/Module.hpp"
#include "pyconv/PluginInfo.hpp"

namespace {
const pyconv::PluginInfo info = {pyconv::kPluginApiVersion + 1, sizeof(pyconv::PluginInfo), "wrong_api", "0",
                                 PYCONV_ABI_TAG};
std::unique_ptr<pyconv::Module> create() { std::abort(); }
}  // namespace

BOOST_DLL_ALIAS(info, pyconv_plugin_info)
BOOST_DLL_ALIAS(create, pyconv_create_module)
