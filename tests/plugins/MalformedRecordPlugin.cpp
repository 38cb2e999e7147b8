// A plugin whose record is garbage: binary bytes, no terminator. The host must refuse it with one
// line, without crashing and without loading it.
#include <cstdlib>

#include "CodeRanMarker.hpp"
#include "pyconv/PluginExport.hpp"

namespace {
[[gnu::section(PYCONV_PLUGIN_SECTION), gnu::used]] const char garbage[] = {
    'p', 'y', 'c', 'o', 'n', 'v', '-', 'p', 'l', 'u', 'g', 'i', 'n', '\n', 'a', 'b', 'i', '=', '\xff', '\x1b', '%', 's'};
std::unique_ptr<pyconv::Module> create() { std::abort(); }
}  // namespace

PYCONV_TEST_CODE_RAN_MARKER("malformed_record_plugin")
BOOST_DLL_ALIAS(create, pyconv_create_module)
