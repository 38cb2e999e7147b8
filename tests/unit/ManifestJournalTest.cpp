// The manifest journal: what a killed run recorded is replayed; a torn or unreadable line only
// loses its own record (its file then looks edited by hand, the safe direction).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "migration/Manifest.hpp"
#include "migration/ManifestJournal.hpp"

namespace {

namespace fs = std::filesystem;
using pyconv::Manifest;
using pyconv::ManifestJournal;

class JournalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pyconv-journal-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void append(const std::string& bytes) {
    std::ofstream(dir_ / ManifestJournal::kFileName, std::ios::binary | std::ios::app) << bytes;
  }
  fs::path dir_;
};

TEST_F(JournalTest, ReplaysOverTheSavedManifestInOrder) {
  Manifest saved;
  saved.record("a.py", "old a");
  saved.record("gone.py", "x");
  std::string error;
  ASSERT_TRUE(saved.save(dir_, error)) << error;
  ManifestJournal journal(dir_);
  ASSERT_TRUE(journal.append("a.py", pyconv::contentHash("new a"), error)) << error;
  ASSERT_TRUE(journal.append("new\nline.py", pyconv::contentHash("n"), error)) << error;
  ASSERT_TRUE(journal.append("gone.py", std::nullopt, error)) << error;

  const Manifest loaded = Manifest::load(dir_);
  EXPECT_EQ(loaded.hashOf("a.py"), pyconv::contentHash("new a"));
  EXPECT_EQ(loaded.hashOf("new\nline.py"), pyconv::contentHash("n"));
  EXPECT_EQ(loaded.hashOf("gone.py"), std::nullopt);
}

TEST_F(JournalTest, ATornLineLosesOnlyItsOwnRecord) {
  append("{\"path\":\"a.py\",\"hash\":\"xxh3-1\"}\nnot json at all\n{\"path\":\"b.py\",\"ha");
  std::string error;
  {
    ManifestJournal journal(dir_);  // a later run appends after the torn line
    ASSERT_TRUE(journal.append("c.py", "xxh3-3", error)) << error;
  }
  const Manifest loaded = Manifest::load(dir_);
  EXPECT_EQ(loaded.hashOf("a.py"), "xxh3-1");
  EXPECT_EQ(loaded.hashOf("b.py"), std::nullopt);
  EXPECT_EQ(loaded.hashOf("c.py"), "xxh3-3");
}

TEST_F(JournalTest, DiscardRemovesItAndWritingNothingCreatesNone) {
  ManifestJournal unused(dir_);
  unused.discard();
  EXPECT_FALSE(fs::exists(dir_ / ManifestJournal::kFileName));
  ManifestJournal journal(dir_);
  std::string error;
  ASSERT_TRUE(journal.append("a.py", "xxh3-1", error)) << error;
  EXPECT_TRUE(fs::exists(dir_ / ManifestJournal::kFileName));
  journal.discard();
  EXPECT_FALSE(fs::exists(dir_ / ManifestJournal::kFileName));
}

}  // namespace
