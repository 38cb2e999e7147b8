#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "pyconv/Check.hpp"
#include "pyconv/FileContext.hpp"
#include "pyconv/MatchFinder.hpp"
#include "pyconv/SourceFile.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// Writes down what each of its matches captured under the names it asks for.
class Recorder : public Check {
 public:
  Recorder(std::string name, std::vector<std::string> queries, std::string capture, std::string prefilter = {})
      : Check(std::move(name)), queries_(std::move(queries)), capture_(std::move(capture)), prefilter_(std::move(prefilter)) {}
  void registerMatchers(MatchFinder& finder) override {
    for (const auto& query : queries_) finder.addQuery(*this, query, prefilter_);
  }
  void check(const MatchResult& result) override { seen.push_back(std::string(result.node(capture_).text())); }
  std::vector<std::string> seen;

 private:
  std::vector<std::string> queries_;
  std::string capture_, prefilter_;
};

const char* const kText = "import torch\nx = torch.ones(2).cuda()\n@dec\ndef f(a, b=g(1)):\n    return h(a)\n";

void runOver(const std::vector<const MatchFinder*>& finders, bool combined) {
  std::string error;
  const auto source = SourceFile::fromBytes("x.py", kText, error);
  Parser parser;
  const auto tree = parser.parse(source->text());
  FileContext file(*source, *tree);
  if (combined) {
    MatchFinder::combining(finders).run(file);
  } else {
    for (const MatchFinder* finder : finders) finder->run(file);
  }
}

// Finders combined into one traversal give every check the matches, captures and order it gets
// from its own finder, a check with two queries included, and keep each query's prefilter.
TEST(MatchFinderCombining, EachCheckSeesWhatItsOwnFinderShowsIt) {
  auto makeChecks = [] {
    std::vector<std::unique_ptr<Recorder>> checks;
    checks.push_back(std::make_unique<Recorder>("calls", std::vector<std::string>{"(call function: (identifier) @callee)"},
                                                "callee"));
    checks.push_back(std::make_unique<Recorder>(
        "attrs", std::vector<std::string>{"(attribute attribute: (identifier) @leaf)", "(decorator (identifier) @leaf)"},
        "leaf"));
    checks.push_back(std::make_unique<Recorder>("filtered", std::vector<std::string>{"(identifier) @id"}, "id", "no such text"));
    return checks;
  };
  auto alone = makeChecks(), together = makeChecks();
  std::vector<MatchFinder> finders(3), combinedFinders(3);
  std::vector<const MatchFinder*> aloneRefs, togetherRefs;
  for (std::size_t i = 0; i < 3; ++i) {
    alone[i]->registerMatchers(finders[i]);
    together[i]->registerMatchers(combinedFinders[i]);
    aloneRefs.push_back(&finders[i]);
    togetherRefs.push_back(&combinedFinders[i]);
  }
  runOver(aloneRefs, false);
  runOver(togetherRefs, true);
  EXPECT_EQ(alone[0]->seen, (std::vector<std::string>{"g", "h"}));
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  EXPECT_EQ(sorted(alone[1]->seen), (std::vector<std::string>{"cuda", "dec", "ones"}));
  EXPECT_TRUE(alone[2]->seen.empty());
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(together[i]->seen, alone[i]->seen) << together[i]->name();
}

// A query text that several checks register is one pattern of the combined query; each of them
// gets its matches while its own prefilter holds.
TEST(MatchFinderCombining, AQueryTwoChecksRegisterIsMatchedOnceForEach) {
  const std::string query = "(call function: (identifier) @callee)";
  Recorder first("first", {query}, "callee"), second("second", {query}, "callee", "no such text"),
      third("third", {query}, "callee", "return");
  MatchFinder one, two, three;
  first.registerMatchers(one);
  second.registerMatchers(two);
  third.registerMatchers(three);
  const MatchFinder all = MatchFinder::combining({&one, &two, &three});
  EXPECT_EQ(all.patternCount(), one.patternCount());
  std::string error;
  const auto source = SourceFile::fromBytes("x.py", kText, error);
  Parser parser;
  const auto tree = parser.parse(source->text());
  FileContext file(*source, *tree);
  all.run(file);
  EXPECT_EQ(first.seen, (std::vector<std::string>{"g", "h"}));
  EXPECT_TRUE(second.seen.empty());
  EXPECT_EQ(third.seen, first.seen);
}

// A text that none of the prefilters of any query is in cannot be matched; a query without one can
// match any text.
TEST(MatchFinderCombining, MayMatchOnlyATextThatAPrefilterLetsThrough) {
  Recorder forward("forward", {"(function_definition) @f"}, "f", "forward");
  Recorder device("device", {"(identifier) @id"}, "id");
  MatchFinder finder;
  forward.registerMatchers(finder);
  finder.addQuery(device, "(identifier) @id", {"cuda", "device"});
  EXPECT_FALSE(finder.mayMatch("def f(x):\n    return x\n"));
  EXPECT_TRUE(finder.mayMatch("def forward(x):\n    return x\n"));
  EXPECT_TRUE(finder.mayMatch("y = x.cuda()\n"));
  EXPECT_FALSE(MatchFinder::combining({&finder}).mayMatch("x = 1\n"));
  device.registerMatchers(finder);  // no prefilter: any text
  EXPECT_TRUE(finder.mayMatch("x = 1\n"));
  EXPECT_FALSE(MatchFinder().mayMatch("x = 1\n"));
}

}  // namespace
}  // namespace pyconv
