# pyconv_add_plugin(<target> SOURCES ...): a rule-family plugin, built as a MODULE into the
# plugin folder of the build tree and installed to the same relative place.
function(pyconv_add_plugin target)
  cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE pyconv::sdk)
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    LIBRARY_OUTPUT_DIRECTORY ${PYCONV_PLUGIN_OUTPUT_DIR}
    BUILD_RPATH "$ORIGIN/../.."
    INSTALL_RPATH "$ORIGIN/../..")
  target_link_options(${target} PRIVATE -Wl,--no-undefined)
  install(TARGETS ${target} LIBRARY DESTINATION ${PYCONV_PLUGIN_DIR_NAME})
endfunction()
