// A plugin that claims another compiler's ABI: the host must refuse it before loading it.
#include <cstdlib>

#include "CodeRanMarker.hpp"
#include "pyconv/PluginExport.hpp"

PYCONV_PLUGIN_RECORD(PYCONV_PLUGIN_MAGIC "\napi=" PYCONV_STRINGIFY(PYCONV_PLUGIN_API_VERSION)
                     "\nabi=gcc-4.8;cxx11abi=0;grammar=tree-sitter-python-0.20.0\nname=wrong_abi\nversion=0\n")
PYCONV_TEST_CODE_RAN_MARKER("wrong_abi_plugin")

namespace {
// Never called when the host checks the ABI first; if it were, the test process would abort.
std::unique_ptr<pyconv::Module> create() { std::abort(); }
}  // namespace

BOOST_DLL_ALIAS(create, pyconv_create_module)
