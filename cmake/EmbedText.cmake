# cmake -DINPUT=<file> -DOUTPUT=<file.cpp> -DSYMBOL=<name> -DNAMESPACE=<ns> -P EmbedText.cmake
# Writes a C++ source defining `std::string_view <ns>::<name>()` that returns the input's text,
# so a plugin carries its data tables inside its own library (no files to find at run time).
file(READ "${INPUT}" content)
string(FIND "${content}" ")pyconv_embedded\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/EmbedText.cmake; do not edit.\n#include <string_view>\n\nnamespace ${NAMESPACE} {\n\nstd::string_view ${SYMBOL}() {\n  static constexpr std::string_view text = R\"pyconv_embedded(${content})pyconv_embedded\";\n  return text;\n}\n\n}  // namespace ${NAMESPACE}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
