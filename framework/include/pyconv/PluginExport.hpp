#pragma once
// Include only from a plugin's <Family>Module.cpp: it pulls in Boost.DLL.
#include <boost/dll/alias.hpp>
#include <memory>

#include "pyconv/Module.hpp"
#include "pyconv/PluginInfo.hpp"

// Exports the two symbols the host looks for: the plain PluginInfo record and the module factory.
#define PYCONV_PLUGIN(ModuleClass, pluginName, pluginVersion)                                  \
  namespace {                                                                                  \
  const ::pyconv::PluginInfo pyconvPluginInfoRecord = {::pyconv::kPluginApiVersion,            \
                                                       sizeof(::pyconv::PluginInfo), pluginName, \
                                                       pluginVersion, PYCONV_ABI_TAG};         \
  std::unique_ptr<::pyconv::Module> pyconvCreateModule() {                                     \
    return std::make_unique<ModuleClass>();                                                    \
  }                                                                                            \
  }                                                                                            \
  BOOST_DLL_ALIAS(pyconvPluginInfoRecord, pyconv_plugin_info)                                  \
  BOOST_DLL_ALIAS(pyconvCreateModule, pyconv_create_module)
