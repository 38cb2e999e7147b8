// The plugin record and the ELF section reader: hostile bytes give one-line refusals, never a
// crash or a read outside the file.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "plugin/ElfSection.hpp"
#include "plugin/PluginRecord.hpp"
#include "pyconv/PluginInfo.hpp"

namespace pyconv {
namespace {

std::string parseError(std::string_view bytes) {
  std::string error;
  EXPECT_FALSE(parsePluginRecord(bytes, error).has_value()) << bytes;
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  return error;
}

using namespace std::string_literals;

TEST(PluginRecord, ParsesTheRecordTheMacroWrites) {
  std::string error;
  const auto record = parsePluginRecord("pyconv-plugin\napi=3\nabi=gcc-12.2;cxx11abi=1\nname=team\nversion=1.0\n\0\0\0"s, error);
  ASSERT_TRUE(record) << error;
  EXPECT_EQ(record->apiVersion, 3u);
  EXPECT_EQ(record->abiTag, "gcc-12.2;cxx11abi=1");
  EXPECT_EQ(record->name, "team");
  EXPECT_EQ(record->version, "1.0");
  // Unknown keys are a newer record's: ignored, so its api version can still be compared.
  EXPECT_TRUE(parsePluginRecord("pyconv-plugin\napi=9\nabi=x\nname=n\nversion=v\nfuture=1\n\0"s, error));
}

TEST(PluginRecord, RefusesEveryWrongShape) {
  EXPECT_NE(parseError("pyconv-plugin\napi=3\n"s).find("not terminated"), std::string::npos);
  EXPECT_NE(parseError("pyconv-plugin\napi=3\nabi=a\nname=n\nversion=v\n\0pyconv-plugin\n\0"s).find("more than one"),
            std::string::npos);
  EXPECT_NE(parseError("something\napi=3\n\0"s).find("no 'pyconv-plugin' line"), std::string::npos);
  EXPECT_NE(parseError("pyconv-plugin\napi=3\nabi=\xff\x1b[2J\nname=n\nversion=v\n\0"s).find("not printable"),
            std::string::npos);
  EXPECT_NE(parseError("pyconv-plugin\napi=3\nabi=a\nname=n\n\0"s).find("no 'version'"), std::string::npos);
  EXPECT_NE(parseError("pyconv-plugin\napi=3\napi=4\nabi=a\nname=n\nversion=v\n\0"s).find("'api' given twice"),
            std::string::npos);
  for (const char* api : {"", "-1", "3x", "99999999999", "+3"}) {
    EXPECT_NE(parseError("pyconv-plugin\napi="s + api + "\nabi=a\nname=n\nversion=v\n\0"s).find("api is not a number"),
              std::string::npos)
        << api;
  }
  EXPECT_NE(parseError("pyconv-plugin\nnoequals\n\0"s).find("not key=value"), std::string::npos);
  EXPECT_NE(parseError(""s).find("not terminated"), std::string::npos);
  EXPECT_NE(parseError(std::string(5000, 'a')).find("too large"), std::string::npos);
}

class ElfSectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() / ("pyconv-elf-" + std::to_string(::getpid()));
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string readError() {
    try {
      readElfSection(path_, PYCONV_PLUGIN_SECTION, 4096);
    } catch (const ElfError& e) {
      return e.what();
    }
    return "(no error)";
  }
  std::filesystem::path path_;
};

TEST_F(ElfSectionTest, ReadsTheRecordOfABuiltPluginAndNothingFromOtherLibraries) {
  const auto bytes = readElfSection(std::string(PYCONV_BUILTIN_PLUGIN_DIR) + "/pyconv_device_removal.so",
                                    PYCONV_PLUGIN_SECTION, 4096);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(bytes->rfind("pyconv-plugin\napi=" + std::to_string(kPluginApiVersion) + "\n", 0), 0u) << *bytes;
  EXPECT_FALSE(readElfSection(std::string(PYCONV_TEST_PLUGIN_DIR) + "/not_a_plugin.so", PYCONV_PLUGIN_SECTION, 4096));
}

TEST_F(ElfSectionTest, RefusesFilesThatAreNotSharedLibrariesOrAreTruncated) {
  std::ofstream(path_) << "#!/bin/sh\necho hi\n";
  EXPECT_EQ(readError(), "too short for an ELF file");
  std::ofstream(path_) << std::string(64, 'x');
  EXPECT_EQ(readError(), "not an ELF file");
  // A real library cut after its header: the section table lies beyond the end.
  const auto plugin = std::string(PYCONV_BUILTIN_PLUGIN_DIR) + "/pyconv_device_removal.so";
  std::ifstream in(plugin, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  std::ofstream(path_, std::ios::binary) << head;
  EXPECT_NE(readError().find("malformed ELF file"), std::string::npos);
}

TEST_F(ElfSectionTest, RefusesAFifoWithoutBlocking) {
  ASSERT_EQ(::mkfifo(path_.c_str(), 0600), 0);
  EXPECT_EQ(readError(), "not a regular file");
}

}  // namespace
}  // namespace pyconv
