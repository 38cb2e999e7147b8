# The built-in rule families are plugins like any other: pyconv_add_plugin is the function the
# installed SDK gives teams (cmake/PyconvTidyPlugin.cmake), here against the in-tree SDK target.
set(PYCONV_SDK_TARGET pyconv::sdk)
include(${CMAKE_CURRENT_LIST_DIR}/PyconvTidyPlugin.cmake)

# pyconv_add_builtin_plugin(<target> SOURCES ...): a rule-family plugin, built into the plugin
# folder of the build tree and installed to the same relative place.
function(pyconv_add_builtin_plugin target)
  cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
  pyconv_add_plugin(${target} SOURCES ${ARG_SOURCES})
  set_target_properties(${target} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${PYCONV_PLUGIN_OUTPUT_DIR}
    BUILD_RPATH "$ORIGIN/../.."
    INSTALL_RPATH "$ORIGIN/../..")
  install(TARGETS ${target} LIBRARY DESTINATION ${PYCONV_PLUGIN_DIR_NAME})

  # Each check's docs/<check>.md goes to share/pyconv-tidy/docs (build tree and install alike),
  # where --explain finds it.
  file(GLOB docs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/docs/*.md)
  set(copied)
  foreach(doc ${docs})
    get_filename_component(name ${doc} NAME)
    set(out ${PROJECT_BINARY_DIR}/share/pyconv-tidy/docs/${name})
    add_custom_command(OUTPUT ${out} COMMAND ${CMAKE_COMMAND} -E copy ${doc} ${out} DEPENDS ${doc})
    list(APPEND copied ${out})
  endforeach()
  add_custom_target(${target}_docs ALL DEPENDS ${copied})
  install(FILES ${docs} DESTINATION share/pyconv-tidy/docs)
endfunction()

# pyconv_embed_text(<target> <input file> <symbol> <namespace>): compiles the file's text into the
# target as `std::string_view <namespace>::<symbol>()`, regenerated when the file changes.
function(pyconv_embed_text target input symbol namespace)
  get_filename_component(name ${input} NAME_WE)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp)
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol} -DNAMESPACE=${namespace}
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake
    DEPENDS ${input} ${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake)
  target_sources(${target} PRIVATE ${output})
endfunction()
