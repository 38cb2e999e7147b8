#include "DocExamples.hpp"

#include <pyconv/Tree.hpp>

#include <functional>
#include <regex>
#include <set>
#include <string>

namespace pyconv::tokenizer {
namespace {

struct Line {
  uint32_t begin;  // offset of the line in the file
  std::string_view text;
  bool example;    // a `>>>`/`...` line or inside a ``` fence
};

std::vector<Line> exampleLines(Node string) {
  const std::string_view file = string.tree()->text();
  std::vector<Line> lines;
  bool fenced = false;
  uint32_t at = string.begin();
  while (at < string.end()) {
    const auto nl = file.find('\n', at);
    const uint32_t end = nl == std::string_view::npos || nl >= string.end() ? string.end() : static_cast<uint32_t>(nl);
    const std::string_view text = file.substr(at, end - at);
    const auto content = text.substr(std::min(text.find_first_not_of(" \t"), text.size()));
    const bool fence = content.starts_with("```");
    const bool prompt = content.starts_with(">>>") || content.starts_with("...");
    lines.push_back({at, text, prompt || (fenced && !fence)});
    if (fence) fenced = !fenced;
    at = end + 1;
  }
  return lines;
}

// For every match of `pattern` on example lines (from `fromLine` on), an edit replacing its
// group `group` with `make(match)`; `keep(match)` may refuse a match (std::regex has no
// look-behind).
void replaceOnExamples(const std::vector<Line>& lines, const std::regex& pattern, std::size_t group,
                       const std::function<std::string(const std::smatch&)>& make, std::vector<Edit>& edits,
                       std::size_t fromLine = 0, const std::function<bool(const std::smatch&)>& keep = {}) {
  for (std::size_t i = fromLine; i < lines.size(); ++i) {
    if (!lines[i].example) continue;
    const std::string text(lines[i].text);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it) {
      const auto& m = *it;
      if (keep && !keep(m)) continue;
      const auto begin = lines[i].begin + static_cast<uint32_t>(m.position(group));
      edits.push_back(Edit{begin, begin + static_cast<uint32_t>(m.length(group)), make(m)});
    }
  }
}

// On example lines (from `fromLine` on) that call something named like a model, every match of
// `occurrence` after the call's `(` that `keep(text before it, match)` accepts becomes `make(match)`.
void wrapInModelCalls(const std::vector<Line>& lines, std::size_t fromLine, const std::regex& occurrence,
                      const std::function<std::string(const std::smatch&)>& make,
                      const std::function<bool(std::string_view, const std::smatch&)>& keep, std::vector<Edit>& edits) {
  static const std::regex modelCall(R"(\bmodel\w*(?:\.\w+)*\()");
  for (std::size_t i = fromLine; i < lines.size(); ++i) {
    if (!lines[i].example) continue;
    const std::string text(lines[i].text);
    std::smatch call;
    if (!std::regex_search(text, call, modelCall)) continue;
    const auto start = text.begin() + call.position() + call.length();
    for (auto it = std::sregex_iterator(start, text.end(), occurrence); it != std::sregex_iterator(); ++it) {
      const auto& m = *it;
      const auto at = static_cast<std::size_t>(m[0].first - text.begin());
      if (!keep(std::string_view(text).substr(0, at), m)) continue;
      edits.push_back(Edit{lines[i].begin + static_cast<uint32_t>(at),
                           lines[i].begin + static_cast<uint32_t>(at + m.length()), make(m)});
    }
  }
}

}  // namespace

std::vector<Edit> returnTensorsEdits(Node string) {
  static const std::regex pt(R"(return_tensors=(["'])(pt)\1)");
  std::vector<Edit> edits;
  replaceOnExamples(exampleLines(string), pt, 2, [](const std::smatch&) { return std::string("np"); }, edits);
  return edits;
}

std::vector<Edit> tensorWrapEdits(Node string) {
  // Every statement below is made of the string's lines: most strings hold no such call at all.
  if (string.text().find("return_tensors=") == std::string_view::npos) return {};
  const auto lines = exampleLines(string);
  static const std::regex assigned(R"(^\s*>>>\s*(\w+)\s*=)");
  std::vector<Edit> edits;
  std::set<std::string> done;
  // The statement of an example spans its `>>>` line and the `...` lines after it.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::cmatch m;
    if (!lines[i].example || !std::regex_search(lines[i].text.begin(), lines[i].text.end(), m, assigned)) continue;
    std::size_t last = i;
    std::string statement(lines[i].text);
    while (last + 1 < lines.size() && lines[last + 1].text.find("...") != std::string_view::npos &&
           lines[last + 1].text.find(">>>") == std::string_view::npos) {
      statement += lines[++last].text;
    }
    if (statement.find("return_tensors=") == std::string::npos) continue;
    const std::string var = m[1];
    if (!done.insert(var).second) continue;
    // Later model calls: only lines that call something named like a model.
    auto notWrapped = [](std::string_view before) { return !before.ends_with("ms.Tensor("); };
    // `**inputs` -> `**{k: ms.Tensor(v) for k, v in inputs.items()}`.
    wrapInModelCalls(lines, last + 1, std::regex("\\*\\*" + var + "\\b(?![.\\[])"),
                     [&](const std::smatch&) { return "**{k: ms.Tensor(v) for k, v in " + var + ".items()}"; },
                     [](std::string_view, const std::smatch&) { return true; }, edits);
    // `inputs.input_ids`, `inputs["input_ids"]` -> `ms.Tensor(...)`; `.items()`/`.keys()` are not arrays.
    wrapInModelCalls(lines, last + 1, std::regex("\\b" + var + "(\\.\\w+|\\[[\"']\\w+[\"']\\])"),
                     [](const std::smatch& m) { return "ms.Tensor(" + m[0].str() + ")"; },
                     [&](std::string_view before, const std::smatch& m) {
                       return notWrapped(before) && !before.ends_with("**") && m[1].str() != ".items" && m[1].str() != ".keys";
                     },
                     edits);
    // `ids = tokenizer(..., return_tensors=...).input_ids`: the variable holds an array itself.
    static const std::regex arrayValue(R"((\)\s*(\.\w+|\[["']\w+["']\]))\s*(#.*)?$)");
    if (std::regex_search(statement, arrayValue)) {
      wrapInModelCalls(lines, last + 1, std::regex("\\b" + var + "\\b(?![.\\[\\w])(?!\\s*=[^=])"),
                       [&](const std::smatch&) { return "ms.Tensor(" + var + ")"; },
                       [&](std::string_view before, const std::smatch&) {
                         const auto last = before.find_last_not_of(" ");
                         return notWrapped(before) && last != std::string_view::npos && std::string_view("(,=").find(before[last]) != std::string_view::npos;
                       },
                       edits);
    }
  }
  if (edits.empty()) return edits;
  // The example needs `ms`: import it before its first example line, unless it does already.
  if (string.text().find("import mindspore as ms") == std::string_view::npos) {
    for (const Line& l : lines) {
      const auto content = l.text.find(">>>");
      if (content == std::string_view::npos) continue;
      edits.push_back(Edit{l.begin, l.begin, std::string(l.text.substr(0, content)) + ">>> import mindspore as ms\n"});
      break;
    }
  }
  return edits;
}

}  // namespace pyconv::tokenizer
