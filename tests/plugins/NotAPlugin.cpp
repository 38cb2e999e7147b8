// A shared library that has nothing pyconv-tidy knows, but runs code when it is loaded.
#include "CodeRanMarker.hpp"

PYCONV_TEST_CODE_RAN_MARKER("not_a_plugin")

extern "C" __attribute__((visibility("default"))) int some_other_library_function() { return 42; }
