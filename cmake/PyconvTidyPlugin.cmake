# pyconv_add_plugin(<target> SOURCES <file>... [DOCS <folder>]): a pyconv-tidy plugin, built as a
# MODULE named <target>.so against the plugin SDK. Installed with the SDK (find_package(PyconvTidy)),
# and used by the built-in plugins too. The SDK target brings every compile definition the host
# checks in the plugin's ABI record (grammar, std::filesystem for Boost.DLL) and C++20.
#
# DOCS: a folder of <check>.md pages, copied to docs/ beside the plugin file, where
# `pyconv-tidy --explain <check>` and `--dump-docs` look for them.
if(NOT DEFINED PYCONV_SDK_TARGET)
  set(PYCONV_SDK_TARGET PyconvTidy::sdk)
endif()

function(pyconv_add_plugin target)
  cmake_parse_arguments(ARG "" "DOCS" "SOURCES" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "pyconv_add_plugin(${target}): give its SOURCES")
  endif()
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE ${PYCONV_SDK_TARGET})
  # A plugin file is loaded by its path: no lib prefix. Its symbols stay hidden but for the entry
  # point PYCONV_PLUGIN exports; an undefined symbol is a link error here, not a load error later.
  set_target_properties(${target} PROPERTIES PREFIX "" CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  if(NOT DEFINED PYCONV_NO_UNDEFINED_LINK_OPTION)
    set(PYCONV_NO_UNDEFINED_LINK_OPTION -Wl,--no-undefined)
  endif()
  target_link_options(${target} PRIVATE ${PYCONV_NO_UNDEFINED_LINK_OPTION})
  if(ARG_DOCS)
    get_filename_component(docs_dir ${ARG_DOCS} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    file(GLOB docs CONFIGURE_DEPENDS ${docs_dir}/*.md)
    add_custom_command(TARGET ${target} POST_BUILD
      COMMAND ${CMAKE_COMMAND} -E make_directory $<TARGET_FILE_DIR:${target}>/docs
      COMMAND ${CMAKE_COMMAND} -E copy_if_different ${docs} $<TARGET_FILE_DIR:${target}>/docs
      VERBATIM)
  endif()
endfunction()
