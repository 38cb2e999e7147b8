// A plugin built against a future plugin API (999): refused before it is loaded.
#include <cstdlib>

#include "CodeRanMarker.hpp"
#include "pyconv/PluginExport.hpp"

PYCONV_PLUGIN_RECORD(PYCONV_PLUGIN_MAGIC "\napi=999\nabi=" PYCONV_ABI_TAG "\nname=wrong_api\nversion=0\n")
PYCONV_TEST_CODE_RAN_MARKER("wrong_api_plugin")

namespace {
std::unique_ptr<pyconv::Module> create() { std::abort(); }
}  // namespace

BOOST_DLL_ALIAS(create, pyconv_create_module)
