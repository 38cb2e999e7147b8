#pragma once
// Runs the built pyconv-tidy in a fresh temporary folder per test and reads what it wrote.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace pyconv::testing {

namespace fs = std::filesystem;

struct ToolRun {
  int exitCode;
  std::string out;
  std::string err;
};

inline std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write(const fs::path& path, const std::string& bytes) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

class ToolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pyconv-e2e-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // `args` after loading the engine's test plugin (tests/plugins/EngineTestPlugin.cpp).
  static std::string withTestPlugin(const std::string& args) {
    return "--load " + std::string(PYCONV_TEST_PLUGIN_DIR) + "/engine_test_plugin.so " + args;
  }

  // `args` go through the shell, so paths with spaces need quoting by the caller. `prefix` goes
  // before the tool (`timeout 60 `, `cd folder && `).
  ToolRun run(const std::string& args, const std::string& prefix = "") {
    const auto out = dir_ / ".stdout", err = dir_ / ".stderr";
    const std::string command = prefix + std::string(PYCONV_TIDY) + " " + args + " >" + out.string() + " 2>" + err.string();
    const int status = std::system(command.c_str());
    ToolRun result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
    fs::remove(out);
    fs::remove(err);
    return result;
  }
  fs::path file(const std::string& name, const std::string& bytes) {
    write(dir_ / name, bytes);
    return dir_ / name;
  }

  fs::path dir_;
};

}  // namespace pyconv::testing
