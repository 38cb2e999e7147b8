// The small helpers that stand between outside input and the tool's output: how paths are shown,
// how text becomes a Python literal, how -j is read, how outside files are read.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "engine/Jobs.hpp"
#include "io/Display.hpp"
#include "io/FileIO.hpp"
#include "parity/PythonLiteral.hpp"

namespace pyconv {
namespace {

using namespace std::string_literals;

TEST(DisplayText, EscapesControlsAndBytesThatAreNotUtf8AndKeepsTheRest) {
  EXPECT_EQ(displayText("models/ü/m.py"), "models/ü/m.py");
  EXPECT_EQ(displayText("a.py\nb.py:1:1: warning: x"), "a.py\\nb.py:1:1: warning: x");
  EXPECT_EQ(displayText("\t\r\x1b[2J\x7f"), "\\t\\r\\x1b[2J\\x7f");
  EXPECT_EQ(displayText("a\0b"s), "a\\x00b");
  EXPECT_EQ(displayText("\xff\xc3"), "\\xff\\xc3");           // stray byte, truncated sequence
  EXPECT_EQ(displayText("\xc0\xaf\xed\xa0\x80"), "\\xc0\\xaf\\xed\\xa0\\x80");  // overlong, surrogate
  EXPECT_EQ(displayText("\xc2\x85x"), "\\u0085x");             // NEL, a C1 control
  EXPECT_EQ(displayText("back\\slash"), "back\\slash");
}

TEST(PythonStringLiteral, QuotesAnyBytesAsAnAsciiLiteral) {
  EXPECT_EQ(pythonStringLiteral("plain.py"), "\"plain.py\"");
  EXPECT_EQ(pythonStringLiteral("a\"\"\"b\\c"), "\"a\\\"\\\"\\\"b\\\\c\"");
  EXPECT_EQ(pythonStringLiteral("x\ny\r\0"s), "\"x\\x0ay\\x0d\\x00\"");
  EXPECT_EQ(pythonStringLiteral("\xc3\xbc\xe2\x80\xa8\xf0\x9f\x98\x80"), "\"\\xfc\\u2028\\U0001f600\"");
  EXPECT_EQ(pythonStringLiteral("\xff\xed\xa0\x80"), "\"\\udcff\\udced\\udca0\\udc80\"");  // as os.fsdecode
}

TEST(ParseJobs, TakesZeroToTheBoundAndNothingElse) {
  EXPECT_EQ(parseJobs("1"), 1u);
  EXPECT_EQ(parseJobs("16"), 16u);
  EXPECT_EQ(parseJobs(std::to_string(kMaxJobs)), kMaxJobs);
  EXPECT_EQ(parseJobs("0"), std::max(1u, std::thread::hardware_concurrency()));
  for (const char* bad : {"-1", "", " 1", "1 ", "1.5", "0x10", "4294967297", "99999999999999999999", "1025"}) {
    EXPECT_EQ(parseJobs(bad), std::nullopt) << bad;
  }
}

class RegularFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("pyconv-regular-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(RegularFile, ReadsSmallFilesAndRefusesDevicesFifosFoldersAndLargeFiles) {
  std::string error;
  std::ofstream(dir_ / "ok") << "hello";
  EXPECT_EQ(readRegularFile(dir_ / "ok", 5, error), "hello");
  EXPECT_FALSE(readRegularFile(dir_ / "ok", 4, error));
  EXPECT_EQ(error, "larger than 4 bytes");
  ASSERT_EQ(::mkfifo((dir_ / "fifo").c_str(), 0600), 0);
  EXPECT_FALSE(readRegularFile(dir_ / "fifo", 100, error));
  EXPECT_EQ(error, "not a regular file");
  for (const char* special : {"/dev/zero", "/dev/null"}) {
    EXPECT_FALSE(readRegularFile(special, 100, error)) << special;
    EXPECT_EQ(error, "not a regular file");
  }
  EXPECT_FALSE(readRegularFile(dir_, 100, error));
  EXPECT_FALSE(readRegularFile(dir_ / "missing", 100, error));
}

}  // namespace
}  // namespace pyconv
