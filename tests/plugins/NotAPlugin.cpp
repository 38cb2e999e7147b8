// A shared library that exports nothing pyconv-tidy knows.
extern "C" __attribute__((visibility("default"))) int some_other_library_function() { return 42; }
