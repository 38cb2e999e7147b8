#pragma once
// Include only from a plugin's <Family>Module.cpp: it pulls in Boost.DLL.
#include <boost/dll/alias.hpp>
#include <memory>

#include "pyconv/Module.hpp"
#include "pyconv/PluginInfo.hpp"

// Places `text` (a string literal) in the plugin file's record section. The host reads the
// section from the file, without loading it: one NUL-terminated record, a line per field.
// `used` keeps it although no code refers to it.
#define PYCONV_PLUGIN_RECORD(text)                                                            \
  namespace {                                                                                 \
  [[gnu::section(PYCONV_PLUGIN_SECTION), gnu::used]] const char pyconvPluginRecord[] = text; \
  }

// The record's text: the magic line, then `api=`, `abi=`, `name=`, `version=` lines. Name and
// version must be string literals of printable ASCII.
#define PYCONV_PLUGIN_RECORD_TEXT(pluginName, pluginVersion)                                  \
  PYCONV_PLUGIN_MAGIC "\napi=" PYCONV_STRINGIFY(PYCONV_PLUGIN_API_VERSION) "\nabi=" PYCONV_ABI_TAG \
                      "\nname=" pluginName "\nversion=" pluginVersion "\n"

// Exports what the host looks for: the record (checked before loading) and the module factory
// (called after).
#define PYCONV_PLUGIN(ModuleClass, pluginName, pluginVersion)      \
  PYCONV_PLUGIN_RECORD(PYCONV_PLUGIN_RECORD_TEXT(pluginName, pluginVersion)) \
  namespace {                                                      \
  std::unique_ptr<::pyconv::Module> pyconvCreateModule() {         \
    return std::make_unique<ModuleClass>();                        \
  }                                                                \
  }                                                                \
  BOOST_DLL_ALIAS(pyconvCreateModule, pyconv_create_module)
