#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "review/ParityResults.hpp"

namespace pyconv {
namespace {

std::filesystem::path writeTemp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()) + ".xml");
  std::ofstream(path) << text;
  return path;
}

// pytest's --junitxml shape: self-closing passed cases, failure/error/skipped children with a
// message attribute, entities in attributes.
TEST(ParityResults, ReadsPytestJunitXml) {
  const auto path = writeTemp("parity", R"(<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="4">
<testcase classname="parity.test_modeling_bert" name="test_parity[BertModel]" time="1.2" />
<testcase classname="parity.test_modeling_bert" name="test_parity[BertForMaskedLM]" time="1.0"><failure message="AssertionError: logits rel=1.0e-01 &gt; 1e-3 &amp; more">long text &lt;here&gt;</failure></testcase>
<testcase classname="parity.test_bert_modeling_bert" name="test_parity[BertForQuestionAnswering]"><error message="ImportError: x">trace</error></testcase>
<testcase classname="parity.test_modeling_llama" name="test_parity[LlamaModel]"><skipped type="pytest.skip" message="no CPU kernel">skip</skipped></testcase>
</testsuite></testsuites>)");
  const auto cases = readParityResults(path);
  std::filesystem::remove(path);
  ASSERT_EQ(cases.size(), 4u);
  EXPECT_EQ(cases[0].testFile, "test_modeling_bert");
  EXPECT_EQ(cases[0].name, "test_parity[BertModel]");
  EXPECT_EQ(cases[0].outcome, ParityCase::Outcome::Passed);
  EXPECT_EQ(cases[1].outcome, ParityCase::Outcome::Failed);
  EXPECT_EQ(cases[1].message, "AssertionError: logits rel=1.0e-01 > 1e-3 & more");
  EXPECT_EQ(cases[2].outcome, ParityCase::Outcome::Error);
  EXPECT_EQ(cases[3].outcome, ParityCase::Outcome::Skipped);
  EXPECT_EQ(cases[3].message, "no CPU kernel");
  // The test of models/bert/modeling_bert.py, by either name --emit-tests gives it.
  EXPECT_TRUE(testsConvertedFile(cases[0], "models/bert/modeling_bert.py"));
  EXPECT_TRUE(testsConvertedFile(cases[2], "models/bert/modeling_bert.py"));
  EXPECT_FALSE(testsConvertedFile(cases[3], "models/bert/modeling_bert.py"));
  EXPECT_FALSE(testsConvertedFile(cases[0], "models/bert/modeling_bert_generation.py"));
}

TEST(ParityResults, RefusesWhatIsNotJunit) {
  const auto path = writeTemp("not-junit", "{\"tests\": []}\n");
  EXPECT_THROW(readParityResults(path), std::runtime_error);
  std::filesystem::remove(path);
  EXPECT_THROW(readParityResults(path), std::runtime_error);  // missing
}

}  // namespace
}  // namespace pyconv
