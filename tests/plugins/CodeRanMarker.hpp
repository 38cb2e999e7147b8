#pragma once
// A static constructor that leaves a trace: when $PYCONV_TEST_CODE_RAN names a file, loading the
// library appends the library's name to it. End-to-end tests set it to prove that a refused
// library was never loaded (and, with the engine test plugin, that the trace works).
#include <cstdio>
#include <cstdlib>

namespace pyconv_test {
struct CodeRanMarker {
  explicit CodeRanMarker(const char* library) {
    const char* path = std::getenv("PYCONV_TEST_CODE_RAN");
    if (path == nullptr) return;
    if (FILE* out = std::fopen(path, "a")) {
      std::fprintf(out, "%s\n", library);
      std::fclose(out);
    }
  }
};
}  // namespace pyconv_test

#define PYCONV_TEST_CODE_RAN_MARKER(library) \
  namespace {                                \
  const pyconv_test::CodeRanMarker codeRanMarker{library}; \
  }
