#include "engine/Suppressions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <regex>

namespace pyconv {
namespace {

bool hasBlock(Node node) {
  for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
    const auto kind = node.namedChild(i).kind();
    if (kind == "block" || kind.ends_with("_clause") || kind == "function_definition" || kind == "class_definition") {
      return true;
    }
  }
  return false;
}

}  // namespace

uint32_t Suppressions::lineOf(uint32_t offset) const {
  return static_cast<uint32_t>(std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset) - lineStarts_.begin());
}

Suppressions::Suppressions(const Tree& tree) {
  const std::string_view text = tree.text();
  if (text.find("NOLINT") == std::string_view::npos) return;  // the common case: nothing to scan
  lineStarts_.push_back(0);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') lineStarts_.push_back(i + 1);
  }

  auto covers = [&](Node node, uint32_t line) {
    return lineOf(node.begin()) <= line && line <= lineOf(node.end() == 0 ? 0 : node.end() - 1);
  };
  // The lines of the logical statement on `line`: the innermost statement covering it; for a
  // compound statement (or one of its clauses) whose header holds the line, the header lines.
  std::function<std::pair<uint32_t, uint32_t>(Node, uint32_t)> inStatement = [&](Node statement, uint32_t line) {
    const uint32_t first = lineOf(statement.begin());
    if (!hasBlock(statement)) return std::pair{first, lineOf(statement.end() - 1)};
    uint32_t firstBlockLine = UINT32_MAX;
    for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
      const Node child = statement.namedChild(i);
      const auto kind = child.kind();
      const bool nested = kind == "block" || kind.ends_with("_clause") || kind == "function_definition" ||
                          kind == "class_definition";
      if (nested) firstBlockLine = std::min(firstBlockLine, lineOf(child.begin()));
      if (!nested || !covers(child, line)) continue;
      if (kind != "block") return inStatement(child, line);
      if (lineOf(child.begin()) == first) return std::pair{first, lineOf(statement.end() - 1)};  // `if x: y`
      for (uint32_t k = 0; k < child.namedChildCount(); ++k) {
        const Node inner = child.namedChild(k);
        if (inner.syntaxKind() != syntax::Kind::Comment && covers(inner, line)) return inStatement(inner, line);
      }
      return std::pair{line, line};
    }
    const uint32_t headerEnd = firstBlockLine == UINT32_MAX || firstBlockLine <= first ? first : firstBlockLine - 1;
    return std::pair{first, std::max(line, headerEnd)};
  };
  const std::vector<Node> statements = tree.root().namedChildren();  // once: indexing the root is linear per index
  auto statementLines = [&](uint32_t line) -> std::pair<uint32_t, uint32_t> {
    for (const Node s : statements) {
      if (s.syntaxKind() != syntax::Kind::Comment && covers(s, line)) return inStatement(s, line);
    }
    return {line, line};
  };

  static const std::regex pattern(R"(\bNOLINT(NEXTLINE|BEGIN|END)?\b(\(([^)]*)\)?)?)");
  std::vector<std::size_t> openBegins;
  std::vector<Node> stack{tree.root()};
  std::vector<Node> comments;
  while (!stack.empty()) {
    const Node node = stack.back();
    stack.pop_back();
    if (node.is(syntax::Kind::Comment)) {
      comments.push_back(node);
      continue;
    }
    for (uint32_t i = node.namedChildCount(); i-- > 0;) stack.push_back(node.namedChild(i));
  }
  std::sort(comments.begin(), comments.end(), [](Node a, Node b) { return a.begin() < b.begin(); });
  for (const Node comment : comments) {
    const std::string body(comment.text());
    std::smatch m;
    if (!std::regex_search(body, m, pattern)) continue;
    Directive d;
    d.begin = comment.begin();
    d.end = comment.end();
    d.comment = body;
    const std::string kind = m[1];
    d.kind = kind == "NEXTLINE" ? Directive::Kind::NextLine
             : kind == "BEGIN"  ? Directive::Kind::Begin
             : kind == "END"    ? Directive::Kind::End
                                : Directive::Kind::Line;
    if (m[2].matched) {
      if (!std::string(m[2]).ends_with(")")) {
        malformed_.push_back(Diagnostic{"pyconv-nolint", "NOLINT directive with an unclosed '('", d.begin, d.end,
                                        Severity::Error, std::nullopt});
        continue;
      }
      d.globText = m[3];
      d.globs = GlobList(d.globText);
      d.all = d.globs.globs().empty();
    }
    const uint32_t line = lineOf(comment.begin());
    switch (d.kind) {
      case Directive::Kind::Line: std::tie(d.firstLine, d.lastLine) = statementLines(line); break;
      case Directive::Kind::NextLine: std::tie(d.firstLine, d.lastLine) = statementLines(line + 1); break;
      case Directive::Kind::Begin:
        d.firstLine = line;
        d.lastLine = UINT32_MAX;
        openBegins.push_back(directives_.size());
        break;
      case Directive::Kind::End: {
        const auto match = std::find_if(openBegins.rbegin(), openBegins.rend(),
                                        [&](std::size_t b) { return directives_[b].globText == d.globText; });
        if (match == openBegins.rend()) {
          malformed_.push_back(Diagnostic{"pyconv-nolint", "NOLINTEND without a matching NOLINTBEGIN", d.begin, d.end,
                                          Severity::Error, std::nullopt});
        } else {
          directives_[*match].lastLine = line;
          openBegins.erase(std::next(match).base());
        }
        continue;  // an END covers nothing itself
      }
    }
    directives_.push_back(std::move(d));
  }
  for (std::size_t b : openBegins) {
    malformed_.push_back(Diagnostic{"pyconv-nolint", "NOLINTBEGIN without a matching NOLINTEND", directives_[b].begin,
                                    directives_[b].end, Severity::Error, std::nullopt});
    directives_[b].lastLine = 0;  // an unpaired BEGIN suppresses nothing
  }
}

void Suppressions::filter(std::vector<Diagnostic>& diagnostics, std::vector<SuppressedDiagnostic>* suppressed) {
  if (directives_.empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& diagnostic) {
    if (diagnostic.check == "pyconv-syntax") return false;
    const uint32_t line = lineOf(diagnostic.begin);
    const Directive* by = nullptr;
    for (Directive& d : directives_) {
      if (line < d.firstLine || line > d.lastLine) continue;
      if (d.all || d.globs.contains(diagnostic.check)) {
        d.used = true;
        by = by ? by : &d;
      }
    }
    if (by && suppressed) suppressed->push_back({diagnostic, by->comment});
    return by != nullptr;
  });
}

std::vector<Diagnostic> Suppressions::problems(const std::vector<std::string>& enabledChecks) const {
  std::vector<Diagnostic> result = malformed_;
  for (const Directive& d : directives_) {
    if (d.used || d.lastLine == 0) continue;
    // Only when every check the directive names ran can it be called unused.
    bool allNamedRan = true;
    for (const auto& glob : d.globs.globs()) {
      if (!glob.positive) continue;
      allNamedRan = allNamedRan && std::any_of(enabledChecks.begin(), enabledChecks.end(),
                                               [&](const std::string& c) { return GlobList::matches(glob.pattern, c); });
    }
    if (!allNamedRan) continue;
    result.push_back(Diagnostic{"pyconv-unused-nolint",
                                d.all ? std::string("NOLINT directive suppresses nothing")
                                      : fmt::format("NOLINT directive for '{}' suppresses nothing", d.globText),
                                d.begin, d.end, Severity::Warning, std::nullopt});
  }
  return result;
}

}  // namespace pyconv
