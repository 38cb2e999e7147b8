# tree-sitter core + tree-sitter-python, built once as a private static library that only
# libpyconv links (docs/design/build.md, note 6). The source is fetched at configure time by
# scripts/fetch-tree-sitter.sh (npm client, pinned versions, SHA-256 checked) unless
# PYCONV_TREE_SITTER_SOURCE_DIR names an existing unpacked copy (offline builds).
set(PYCONV_TREE_SITTER_SOURCE_DIR "" CACHE PATH
    "Folder with tree-sitter/lib and tree-sitter-python/src (as made by scripts/fetch-tree-sitter.sh)")
# The pins of scripts/fetch-tree-sitter.sh (an e2e test compares them with `pyconv-tidy --version`).
set(PYCONV_TREE_SITTER_VERSION "0.25.1")
set(PYCONV_GRAMMAR_ID "tree-sitter-python-0.25.0")

if(PYCONV_TREE_SITTER_SOURCE_DIR)
  set(_ts_root "${PYCONV_TREE_SITTER_SOURCE_DIR}")
else()
  set(_ts_root "${PROJECT_BINARY_DIR}/_deps/tree-sitter")
  execute_process(
    COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/fetch-tree-sitter.sh" "${_ts_root}"
    RESULT_VARIABLE _ts_fetch_result)
  if(NOT _ts_fetch_result EQUAL 0)
    message(FATAL_ERROR "fetching tree-sitter failed; pass -DPYCONV_TREE_SITTER_SOURCE_DIR=<dir> to build offline")
  endif()
endif()

foreach(_required tree-sitter/lib/src/lib.c tree-sitter/lib/include/tree_sitter/api.h
                  tree-sitter-python/src/parser.c tree-sitter-python/src/scanner.c
                  tree-sitter-python/src/node-types.json)
  if(NOT EXISTS "${_ts_root}/${_required}")
    message(FATAL_ERROR "tree-sitter source folder ${_ts_root} lacks ${_required}")
  endif()
endforeach()

# The grammar's node types, from which the SDK's syntax kinds and views are generated.
set(PYCONV_NODE_TYPES_JSON "${_ts_root}/tree-sitter-python/src/node-types.json")

add_library(pyconv_tree_sitter STATIC
  "${_ts_root}/tree-sitter/lib/src/lib.c"
  "${_ts_root}/tree-sitter-python/src/parser.c"
  "${_ts_root}/tree-sitter-python/src/scanner.c")
target_include_directories(pyconv_tree_sitter SYSTEM
  PUBLIC "${_ts_root}/tree-sitter/lib/include"
  PRIVATE "${_ts_root}/tree-sitter/lib/src" "${_ts_root}/tree-sitter-python/src")
target_compile_definitions(pyconv_tree_sitter PRIVATE _POSIX_C_SOURCE=200112L _DEFAULT_SOURCE)
set_target_properties(pyconv_tree_sitter PROPERTIES C_STANDARD 11)
# The fuzzer's coverage feedback leaves tree-sitter out (ASan and UBSan still cover it): the target
# is the engine and its plugins, and instrumenting every comparison of the parser and the query
# compiler made each fuzz input 2-5x slower and each start of the sanitized tool 18x (3.7 s).
target_compile_options(pyconv_tree_sitter PRIVATE -w $<$<BOOL:${PYCONV_BUILD_FUZZER}>:-fno-sanitize=fuzzer-no-link>)
