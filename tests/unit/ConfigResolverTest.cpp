// Configuration lookup: folders whose chain of configuration files is the same share one
// EffectiveConfig (the engine builds one set of check instances per configuration object), and
// a folder with its own file gets its own.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "config/Config.hpp"

namespace {

namespace fs = std::filesystem;
using pyconv::ConfigResolver;

class ConfigResolverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pyconv-config-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    for (const char* folder : {"a", "b", "c/d", "own"}) fs::create_directories(dir_ / folder);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const fs::path& relative, const std::string& text) { std::ofstream(dir_ / relative) << text; }
  fs::path dir_;
};

TEST_F(ConfigResolverTest, FoldersWithTheSameChainShareOneConfiguration) {
  write(".pyconv-tidy", "Checks: '-*,device-cuda'\n");
  write("own/.pyconv-tidy", "Checks: 'api-map'\n");
  ConfigResolver resolver(std::nullopt, std::nullopt);
  const auto& a = resolver.forFile(dir_ / "a/m.py");
  const auto& b = resolver.forFile(dir_ / "b/m.py");
  const auto& nested = resolver.forFile(dir_ / "c/d/m.py");
  const auto& own = resolver.forFile(dir_ / "own/m.py");
  EXPECT_EQ(&a, &b);
  EXPECT_EQ(&a, &nested);
  EXPECT_NE(&a, &own);
  EXPECT_EQ(a.checks.value_or(""), "-*,device-cuda");
  EXPECT_EQ(own.checks.value_or(""), "api-map");
  EXPECT_EQ(&own, &resolver.forFile(dir_ / "own/other.py"));
}

TEST_F(ConfigResolverTest, InheritingFileMakesItsOwnChain) {
  write(".pyconv-tidy", "Checks: '-*,device-cuda'\n");
  write("own/.pyconv-tidy", "Checks: 'api-map'\nInheritParentConfig: true\n");
  ConfigResolver resolver(std::nullopt, std::nullopt);
  const auto& own = resolver.forFile(dir_ / "own/m.py");
  EXPECT_NE(&own, &resolver.forFile(dir_ / "a/m.py"));
  EXPECT_EQ(own.checks.value_or(""), "-*,device-cuda,api-map");
}

}  // namespace
