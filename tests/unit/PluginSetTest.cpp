#include <gtest/gtest.h>

#include <algorithm>

#include "plugin/PluginSet.hpp"
#include "pyconv/PluginInfo.hpp"

namespace pyconv {
namespace {

std::string loadError(const std::string& file) {
  PluginSet plugins;
  try {
    plugins.load(file);
  } catch (const PluginError& e) {
    return e.what();
  }
  return "";
}

TEST(PluginSet, LoadsTheBuiltinFamilyAndItsChecks) {
  PluginSet plugins;
  plugins.loadDirectory(PYCONV_BUILTIN_PLUGIN_DIR);
  ASSERT_NE(plugins.findCheck("device-cuda"), nullptr);
  EXPECT_NE(plugins.findCheck("device-cuda")->create("device-cuda"), nullptr);
  const auto loaded = plugins.plugins();
  EXPECT_TRUE(std::any_of(loaded.begin(), loaded.end(), [](const auto& p) { return p.name == "device_removal"; }));
  EXPECT_EQ(plugins.findCheck("device-cuda")->pluginPath.find("pyconv_device_removal.so") != std::string::npos, true);
}

TEST(PluginSet, RefusesAnAbiMismatchNamingTheFileAndBothValues) {
  const std::string file = std::string(PYCONV_TEST_PLUGIN_DIR) + "/wrong_abi_plugin.so";
  const std::string error = loadError(file);
  EXPECT_NE(error.find(file), std::string::npos) << error;
  EXPECT_NE(error.find("gcc-4.8;cxx11abi=0"), std::string::npos) << error;
  EXPECT_NE(error.find(PYCONV_ABI_TAG), std::string::npos) << error;
}

TEST(PluginSet, RefusesAnApiVersionMismatch) {
  const std::string error = loadError(std::string(PYCONV_TEST_PLUGIN_DIR) + "/wrong_api_plugin.so");
  const std::string expected = "plugin API version " + std::to_string(kPluginApiVersion + 1) + ", this pyconv-tidy has " +
                               std::to_string(kPluginApiVersion);
  EXPECT_NE(error.find(expected), std::string::npos) << error;
}

TEST(PluginSet, RefusesALibraryThatIsNoPluginAndAMissingFile) {
  EXPECT_NE(loadError(std::string(PYCONV_TEST_PLUGIN_DIR) + "/not_a_plugin.so").find("is not a pyconv-tidy plugin"),
            std::string::npos);
  EXPECT_NE(loadError("/nonexistent/plugin.so").find("cannot load plugin /nonexistent/plugin.so"), std::string::npos);
}

TEST(PluginSet, RefusesTwoPluginsProvidingOneCheck) {
  PluginSet plugins;
  plugins.loadDirectory(PYCONV_BUILTIN_PLUGIN_DIR);
  const auto again = std::string(PYCONV_BUILTIN_PLUGIN_DIR) + "/pyconv_device_removal.so";
  EXPECT_THROW(plugins.load(again), PluginError);
}

}  // namespace
}  // namespace pyconv
