#include <gtest/gtest.h>

#include "pyconv/SourceFile.hpp"

namespace pyconv {
namespace {

std::optional<SourceFile> load(std::string bytes, std::string* errorOut = nullptr) {
  std::string error;
  auto file = SourceFile::fromBytes("f.py", std::move(bytes), error);
  if (errorOut) *errorOut = error;
  return file;
}

TEST(SourceFile, SplitsTheByteOrderMarkOffAndRestoresIt) {
  auto file = load("\xEF\xBB\xBFx = 1\n");
  ASSERT_TRUE(file);
  EXPECT_TRUE(file->hasByteOrderMark());
  EXPECT_EQ(file->text(), "x = 1\n");
  EXPECT_EQ(file->bytesFor("y = 2\n"), "\xEF\xBB\xBFy = 2\n");
}

TEST(SourceFile, DetectsNewlineStyle) {
  EXPECT_EQ(load("a\r\nb\r\n")->newlineStyle(), NewlineStyle::CRLF);
  EXPECT_EQ(load("a\rb\r")->newlineStyle(), NewlineStyle::CR);
  EXPECT_EQ(load("a\nb\r\n")->newlineStyle(), NewlineStyle::LF);
  EXPECT_EQ(load("a\r\n")->newline(), "\r\n");
}

TEST(SourceFile, RejectsInvalidUtf8WithTheOffset) {
  std::string error;
  EXPECT_FALSE(load("ok = 1\n\xC3\x28", &error));
  EXPECT_NE(error.find("not valid UTF-8 (byte offset 7)"), std::string::npos) << error;
  EXPECT_FALSE(load("\xED\xA0\x80", &error)) << "a UTF-16 surrogate is not UTF-8";
  EXPECT_FALSE(load("\xC0\xAF", &error)) << "an overlong form is not UTF-8";
  EXPECT_TRUE(load("s = 'h\xC3\xA9llo \xF0\x9F\x98\x80'\n"));
}

TEST(SourceFile, RejectsBinaryFiles) {
  std::string error;
  EXPECT_FALSE(load(std::string("x\0y", 3), &error));
  EXPECT_NE(error.find("binary"), std::string::npos);
}

TEST(LineIndex, CountsColumnsInCodePoints) {
  const std::string text = "ab\n\xC3\xA9t\xC3\xA9 = x.cuda()\r\nlast";
  const LineIndex lines(text);
  EXPECT_EQ(lines.lineCount(), 3u);
  const auto pos = lines.position(static_cast<uint32_t>(text.find("x.cuda")));
  EXPECT_EQ(pos.line, 2u);
  EXPECT_EQ(pos.column, 7u);  // "été = " is 6 code points (8 bytes)
  EXPECT_EQ(lines.lineText(2), "\xC3\xA9t\xC3\xA9 = x.cuda()");
  EXPECT_EQ(lines.lineText(3), "last");
  EXPECT_EQ(lines.position(0).column, 1u);
}

}  // namespace
}  // namespace pyconv
