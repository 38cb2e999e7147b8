#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "pyconv/Check.hpp"
#include "pyconv/FileContext.hpp"
#include "pyconv/MatchFinder.hpp"
#include "pyconv/SourceFile.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// A check that reads the capture names it is given from every match of its two queries.
class ReadsCaptures : public Check {
 public:
  explicit ReadsCaptures(std::vector<std::string> asked) : Check("reads-captures"), asked_(std::move(asked)) {}
  void registerMatchers(MatchFinder& finder) override {
    finder.addQuery(*this, "(call function: (identifier) @callee) @call");
    finder.addQuery(*this, "(decorator (identifier) @decorator_name)");
  }
  void check(const MatchResult& result) override {
    for (const auto& name : asked_) seen.push_back(result.node(name).isNull() ? "-" : std::string(result.node(name).text()));
  }
  std::vector<std::string> seen;

 private:
  std::vector<std::string> asked_;
};

std::vector<std::string> run(ReadsCaptures& check) {
  std::string error;
  const auto source = SourceFile::fromBytes("x.py", "f(1)\n@d\ndef g():\n    pass\n", error);
  Parser parser;
  const auto tree = parser.parse(source->text());
  FileContext file(*source, *tree);
  MatchFinder finder;
  check.registerMatchers(finder);
  finder.run(file);
  return check.seen;
}

TEST(CaptureNames, ACaptureOfAnyOfTheChecksQueriesIsNullWhereItsPatternDidNotMatch) {
  ReadsCaptures check({"callee", "decorator_name"});
  // the call's match has no @decorator_name, the decorator's no @callee: null nodes, no error
  EXPECT_EQ(run(check), (std::vector<std::string>{"f", "-", "-", "d"}));
}

TEST(CaptureNames, ANameNoQueryOfTheCheckDefinesIsAnErrorNamingCheckAndCapture) {
  ReadsCaptures check({"calee"});
  try {
    run(check);
    FAIL() << "a misspelt capture name was read as 'not captured'";
  } catch (const std::logic_error& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("reads-captures"), std::string::npos) << message;
    EXPECT_NE(message.find("@calee"), std::string::npos) << message;
    EXPECT_NE(message.find("@callee"), std::string::npos) << message;  // what the query does define
  }
}

}  // namespace
}  // namespace pyconv
