// A plugin of the old kind (API 2 and before): no record section, and a `pyconv_plugin_info`
// symbol of the wrong shape (an int where the host once read a struct of pointers; reading it
// crashed the tool). Refused from the file alone, naming the old API.
#include <boost/dll/alias.hpp>

#include "CodeRanMarker.hpp"

namespace {
const int info = 7;
}  // namespace

PYCONV_TEST_CODE_RAN_MARKER("old_record_plugin")
BOOST_DLL_ALIAS(info, pyconv_plugin_info)
