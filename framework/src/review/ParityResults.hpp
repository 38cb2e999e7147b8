#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

// One parity test case as pytest's --junitxml records it.
struct ParityCase {
  std::string testFile;  // the test module: "test_modeling_bert" (the last part of the classname)
  std::string name;      // "test_parity[BertModel]"
  enum class Outcome { Passed, Failed, Error, Skipped } outcome = Outcome::Passed;
  std::string message;   // the failure's, error's or skip's message attribute
};

// Reads pytest's JUnit XML (the testcase elements and their failure, error or skipped children;
// nothing else of XML is needed for it). Throws std::runtime_error with one line when the file
// cannot be read or holds no testsuite.
PYCONV_API std::vector<ParityCase> readParityResults(const std::filesystem::path& path);

// Whether a case tests the converted file at `relative`: --emit-tests names the test of
// modeling_x.py test_modeling_x.py, or test_<folder>_modeling_x.py when two folders share a name.
PYCONV_API bool testsConvertedFile(const ParityCase& test, const std::string& relative);

const char* outcomeName(ParityCase::Outcome outcome);

}  // namespace pyconv
