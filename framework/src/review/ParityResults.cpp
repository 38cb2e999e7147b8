#include "review/ParityResults.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "io/FileIO.hpp"

namespace pyconv {
namespace {

std::string decodeEntities(std::string_view text) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}, {"&amp;", '&'}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [entity, character] : kEntities) {
      if (text.substr(i, entity.size()) == entity) {
        out.push_back(character);
        i += entity.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push_back(text[i++]);
  }
  return out;
}

// The value of attribute `name` in the start tag `tag` ("" when absent).
std::string attribute(std::string_view tag, std::string_view name) {
  for (std::size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    const bool startsWord = at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\n' || tag[at - 1] == '\t');
    const std::size_t quote = at + name.size() + 1;
    if (!startsWord || tag.substr(at + name.size(), 1) != "=" || quote >= tag.size()) continue;
    const char q = tag[quote];
    const std::size_t end = tag.find(q, quote + 1);
    if ((q != '"' && q != '\'') || end == std::string_view::npos) continue;
    return decodeEntities(tag.substr(quote + 1, end - quote - 1));
  }
  return {};
}

}  // namespace

const char* outcomeName(ParityCase::Outcome outcome) {
  switch (outcome) {
    case ParityCase::Outcome::Passed: return "passed";
    case ParityCase::Outcome::Failed: return "failed";
    case ParityCase::Outcome::Error: return "error";
    case ParityCase::Outcome::Skipped: return "skipped";
  }
  return "?";
}

std::vector<ParityCase> readParityResults(const std::filesystem::path& path) {
  std::string error;
  const auto bytes = readFile(path, error);
  if (!bytes) throw std::runtime_error(fmt::format("--parity-results {}: cannot read: {}", path.string(), error));
  const std::string_view xml = *bytes;
  if (xml.find("<testsuite") == std::string_view::npos) {
    throw std::runtime_error(fmt::format("--parity-results {}: not JUnit XML (no testsuite; write it with pytest --junitxml)", path.string()));
  }
  std::vector<ParityCase> cases;
  for (std::size_t at = xml.find("<testcase"); at != std::string_view::npos; at = xml.find("<testcase", at + 1)) {
    const std::size_t tagEnd = xml.find('>', at);
    if (tagEnd == std::string_view::npos) break;
    const std::string_view tag = xml.substr(at, tagEnd - at);
    ParityCase test;
    const std::string classname = attribute(tag, "classname");
    test.testFile = classname.substr(classname.rfind('.') == std::string::npos ? 0 : classname.rfind('.') + 1);
    test.name = attribute(tag, "name");
    if (!tag.ends_with("/")) {  // a body: the case ends at its closing tag
      const std::size_t close = xml.find("</testcase>", tagEnd);
      const std::string_view body = xml.substr(tagEnd, close == std::string_view::npos ? std::string_view::npos : close - tagEnd);
      for (const auto& [element, outcome] : {std::pair{"<failure", ParityCase::Outcome::Failed},
                                             std::pair{"<error", ParityCase::Outcome::Error},
                                             std::pair{"<skipped", ParityCase::Outcome::Skipped}}) {
        const std::size_t child = body.find(element);
        if (child == std::string_view::npos) continue;
        test.outcome = outcome;
        test.message = attribute(body.substr(child, body.find('>', child) - child), "message");
        break;
      }
    }
    cases.push_back(std::move(test));
  }
  return cases;
}

bool testsConvertedFile(const ParityCase& test, const std::string& relative) {
  const std::filesystem::path path(relative);
  if (path.extension() != ".py") return false;
  const std::string stem = path.stem().string(), folder = path.parent_path().filename().string();
  return test.testFile == "test_" + stem || (!folder.empty() && test.testFile == "test_" + folder + "_" + stem);
}

}  // namespace pyconv
