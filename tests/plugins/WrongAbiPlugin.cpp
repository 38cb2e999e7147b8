// A plugin that claims another compiler's ABI: the host must refuse it before running its code.
#include <boost/dll/alias.hpp>
#include <cstdlib>
#include <memory>

#include "pyconv/Module.hpp"
#include "pyconv/PluginInfo.hpp"

namespace {
const pyconv::PluginInfo info = {pyconv::kPluginApiVersion, sizeof(pyconv::PluginInfo), "wrong_abi", "0",
                                 "gcc-4.8;cxx11abi=0;grammar=tree-sitter-python-0.20.0"};
// Never called when the host checks the ABI first; if it were, the test process would abort.
std::unique_ptr<pyconv::Module> create() { std::abort(); }
}  // namespace

BOOST_DLL_ALIAS(info, pyconv_plugin_info)
BOOST_DLL_ALIAS(create, pyconv_create_module)
