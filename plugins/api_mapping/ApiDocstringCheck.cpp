#include "ApiDocstringCheck.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/SyntaxPredicates.hpp>

namespace pyconv::api_mapping {
namespace {

// Lines that speak of torch weights stay as they are (R-02's exception).
bool aboutTorchWeights(std::string_view line) {
  std::string lower(line);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  static constexpr std::array<std::string_view, 7> words = {"weight", "checkpoint", "state dict", "state_dict",
                                                            "from_pt", ".bin", "load"};
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Offsets of `word` in `text` that stand alone (no letter, digit or underscore around them).
std::vector<std::size_t> wordsAt(std::string_view text, std::string_view word) {
  std::vector<std::size_t> found;
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool before = at > 0 && isWordChar(text[at - 1]);
    const std::size_t end = at + word.size();
    if (!before && (end == text.size() || !isWordChar(text[end]) || word.back() == '.')) found.push_back(at);
  }
  return found;
}

}  // namespace

CheckSpec ApiDocstringCheck::spec() {
  return {.name = "api-docstring",
          .summary = "torch tensor types -> `mindspore.Tensor` and \"PyTorch\" -> \"MindSpore\" in docstrings only",
          .phase = CheckPhase::Rewrite};
}

void ApiDocstringCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(expression_statement . (string) @doc .) @statement", {"torch.", "PyTorch"});
}

void ApiDocstringCheck::check(const MatchResult& result) {
  const Node doc = result.node("doc"), statement = result.node("statement");
  if (!isDocstring(statement)) return;
  const std::string_view opening = doc.namedChildCount() ? doc.namedChild(0).text() : "";
  if (opening.find_first_of("fFbB") != std::string_view::npos) return;  // f-strings and bytes are no docstrings
  static constexpr std::array<std::string_view, 11> tensorTypes = {
      "Tensor", "LongTensor", "FloatTensor", "BoolTensor", "IntTensor", "ByteTensor",
      "HalfTensor", "DoubleTensor", "BFloat16Tensor", "ShortTensor", "CharTensor"};
  const std::string_view text = doc.text();
  std::vector<Edit> edits;
  for (std::size_t at : wordsAt(text, "torch.")) {
    std::size_t end = at + 6;
    while (end < text.size() && isWordChar(text[end])) ++end;
    const std::string_view type = text.substr(at + 6, end - at - 6);
    if (std::find(tensorTypes.begin(), tensorTypes.end(), type) == tensorTypes.end()) continue;
    edits.push_back({doc.begin() + static_cast<uint32_t>(at), doc.begin() + static_cast<uint32_t>(end), "mindspore.Tensor"});
  }
  for (std::size_t at : wordsAt(text, "PyTorch")) {
    const std::size_t lineStart = text.rfind('\n', at) == std::string_view::npos ? 0 : text.rfind('\n', at) + 1;
    const std::size_t lineEnd = std::min(text.find('\n', at), text.size());
    if (aboutTorchWeights(text.substr(lineStart, lineEnd - lineStart))) continue;
    edits.push_back({doc.begin() + static_cast<uint32_t>(at), doc.begin() + static_cast<uint32_t>(at + 7), "MindSpore"});
  }
  if (edits.empty()) return;
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  report(result.file, doc, "the docstring names torch types or PyTorch; the converted code is MindSpore",
         Fix{"say MindSpore", Applicability::Safe, std::move(edits), {}});
}

}  // namespace pyconv::api_mapping
