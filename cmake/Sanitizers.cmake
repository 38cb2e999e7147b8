# The sanitizer build and the fuzzer (docs/design/build.md, note 11; docs/fuzzing.md). Both are off
# by default; scripts/test-sanitizers.sh configures its own build tree with clang and turns them on.
set(PYCONV_SANITIZERS "" CACHE STRING
    "Sanitizers every target is built with (-fsanitize=...), e.g. address,undefined; empty: none")
option(PYCONV_BUILD_FUZZER "Build the libFuzzer target over the engine (clang, needs PYCONV_SANITIZERS)" OFF)

# Plugins and libpyconv link with -Wl,--no-undefined (note 5). A sanitized shared object refers to
# the sanitizer runtime, which clang links into executables only, so the flag stays off there; the
# normal build keeps checking the exports.
set(PYCONV_NO_UNDEFINED_LINK_OPTION -Wl,--no-undefined)

if(PYCONV_SANITIZERS)
  # Everything, tree-sitter's C included: a bug in a check often shows as a bad read in the parser.
  # UBSan stops at its first report instead of printing and going on, so a test or fuzz run fails.
  add_compile_options(-fsanitize=${PYCONV_SANITIZERS} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${PYCONV_SANITIZERS})
  set(PYCONV_NO_UNDEFINED_LINK_OPTION "")
endif()

if(PYCONV_BUILD_FUZZER)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PYCONV_BUILD_FUZZER needs clang (libFuzzer); configure with CXX=clang++ CC=clang")
  endif()
  if(NOT PYCONV_SANITIZERS)
    # The instrumented library calls coverage hooks that the sanitizer runtime provides in every
    # program but the fuzzer (where libFuzzer does); a fuzzer without ASan misses most memory bugs anyway.
    message(FATAL_ERROR "PYCONV_BUILD_FUZZER needs PYCONV_SANITIZERS (e.g. address,undefined)")
  endif()
  # Coverage feedback from the library and the plugins, not only from the fuzz target itself.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
