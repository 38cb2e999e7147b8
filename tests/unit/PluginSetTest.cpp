#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <fstream>

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
  const std::string expected = "plugin API version 999, this pyconv-tidy has " + std::to_string(kPluginApiVersion);
  EXPECT_NE(error.find(expected), std::string::npos) << error;
}

TEST(PluginSet, RefusesALibraryThatIsNoPluginAndAMissingFile) {
  EXPECT_NE(loadError(std::string(PYCONV_TEST_PLUGIN_DIR) + "/not_a_plugin.so").find("is not a pyconv-tidy plugin"),
            std::string::npos);
  EXPECT_NE(loadError("/nonexistent/plugin.so").find("cannot load plugin /nonexistent/plugin.so"), std::string::npos);
}

TEST(PluginSet, RefusesAMalformedRecordAndAnOldRecordOfTheWrongShape) {
  const std::string malformed = loadError(std::string(PYCONV_TEST_PLUGIN_DIR) + "/malformed_record_plugin.so");
  EXPECT_NE(malformed.find("malformed plugin record"), std::string::npos) << malformed;
  EXPECT_EQ(malformed.find('\n'), std::string::npos) << malformed;
  const std::string old = loadError(std::string(PYCONV_TEST_PLUGIN_DIR) + "/old_record_plugin.so");
  EXPECT_NE(old.find("is not a pyconv-tidy plugin (it has no .pyconv_plugin record; plugins built for plugin API "
                     "version 2 or older"), std::string::npos) << old;
}

// A copy of a real plugin with one header field broken: refused from the file, one line.
TEST(PluginSet, RefusesACorruptElfFile) {
  const auto original = std::filesystem::path(PYCONV_BUILTIN_PLUGIN_DIR) / "pyconv_device_removal.so";
  const auto copy = std::filesystem::temp_directory_path() / ("pyconv-corrupt-" + std::to_string(::getpid()) + ".so");
  for (const std::uint64_t sectionTable : {std::uint64_t{0xFFFFFFFFFFFFFF00u}, std::uint64_t{1} << 40}) {
    std::filesystem::copy_file(original, copy, std::filesystem::copy_options::overwrite_existing);
    {
      std::fstream file(copy, std::ios::in | std::ios::out | std::ios::binary);
      file.seekp(0x28);  // e_shoff
      file.write(reinterpret_cast<const char*>(&sectionTable), sizeof sectionTable);
    }
    const std::string error = loadError(copy.string());
    EXPECT_NE(error.find("cannot load plugin " + copy.string() + ": malformed ELF file"), std::string::npos) << error;
  }
  std::filesystem::remove(copy);
}

TEST(PluginSet, RefusesTwoPluginsProvidingOneCheck) {
  PluginSet plugins;
  plugins.loadDirectory(PYCONV_BUILTIN_PLUGIN_DIR);
  const auto again = std::string(PYCONV_BUILTIN_PLUGIN_DIR) + "/pyconv_device_removal.so";
  EXPECT_THROW(plugins.load(again), PluginError);
}

}  // namespace
}  // namespace pyconv
