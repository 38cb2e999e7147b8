# cmake -DINPUT=<file> -DOUTPUT=<file.cpp> -DSYMBOL=<name> -DNAMESPACE=<ns> -P EmbedText.cmake
# Writes a C++ source defining `std::string_view <ns>::<name>()` that returns the input's text,
# so a plugin carries its data tables inside its own library (no files to find at run time). The
# length comes from sizeof, not from a constexpr strlen, which stops at GCC's loop limit (256 KiB).
file(READ "${INPUT}" content)
string(FIND "${content}" ")pyconv_embedded\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/EmbedText.cmake; do not edit.\n#include <string_view>\n\nnamespace ${NAMESPACE} {\n\nstd::string_view ${SYMBOL}() {\n  static constexpr char text[] = R\"pyconv_embedded(${content})pyconv_embedded\";\n  return std::string_view(text, sizeof(text) - 1);\n}\n\n}  // namespace ${NAMESPACE}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
