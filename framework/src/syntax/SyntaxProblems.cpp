// What CPython rejects in a text. tree-sitter's grammar is lenient on purpose: it accepts
// Python 2 statements, an empty block and any mix of tabs and spaces, and recovers from errors.
// A file with any of these does not run, so it counts as a syntax error like an ERROR node: it
// is never rewritten, and a fix that introduces one is rejected by the syntax guard.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "syntax/SyntaxProblems.hpp"
#include "syntax/TsNode.hpp"

extern "C" const TSLanguage* tree_sitter_python();

namespace pyconv {
namespace {

struct Symbols {
  TSSymbol block, comment, printStatement, execStatement, integer, notEqualOld;
  TSSymbol argumentList, keywordArgument, listSplat, dictionarySplat;
  TSSymbol parameters, lambdaParameters, defaultParameter, typedDefaultParameter, typedParameter, listSplatPattern,
      keywordSeparator, positionalSeparator, dictionarySplatPattern;
};

const Symbols& symbols() {
  static const Symbols s = [] {
    const TSLanguage* language = tree_sitter_python();
    auto named = [&](const char* name) { return ts_language_symbol_for_name(language, name, std::strlen(name), true); };
    return Symbols{named("block"), named("comment"), named("print_statement"), named("exec_statement"),
                   named("integer"), ts_language_symbol_for_name(language, "<>", 2, false),
                   named("argument_list"), named("keyword_argument"), named("list_splat"), named("dictionary_splat"),
                   named("parameters"), named("lambda_parameters"), named("default_parameter"),
                   named("typed_default_parameter"), named("typed_parameter"), named("list_splat_pattern"), named("keyword_separator"),
                   named("positional_separator"), named("dictionary_splat_pattern")};
  }();
  return s;
}

// A block with no statement (only comments, or nothing): "expected an indented block".
bool isEmptyBlock(TSNode node) {
  const uint32_t count = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < count; ++i) {
    if (ts_node_symbol(ts_node_named_child(node, i)) != symbols().comment) return false;
  }
  return true;
}

// `0777`: a decimal literal with a leading zero (Python 2's octal), which Python 3 refuses.
bool isLeadingZeroDecimal(std::string_view text) {
  if (text.size() < 2 || text[0] != '0' || !std::isdigit(static_cast<unsigned char>(text[1]))) return false;
  const auto end = text.find_first_not_of("0123456789_");
  if (end != std::string_view::npos && std::strchr("jJeE.", text[end]) != nullptr) return false;  // 0777j, 07.5
  return text.substr(0, end).find_first_not_of("0_") != std::string_view::npos;
}

// CPython's order of call arguments: positional and `*` ones, then keywords and `**` ones, with
// no positional argument after either kind of keyword and no `*` after a `**`; a keyword once.
// The grammar takes any order, and a fix that adds an argument can break it.
// The named children of `node`, walked with a cursor (forEachChild): ts_node_named_child(i) for
// every i costs the square of their number (one call holding 40,000 arguments).
std::vector<TSNode> namedChildren(TSNode node, const Tree& tree) {
  std::vector<TSNode> children;
  forEachChild(fromTs(node, &tree), [&](TSNode child, TSFieldId) {
    if (ts_node_is_named(child)) children.push_back(child);
  });
  return children;
}

const char* argumentOrderProblem(TSNode list, const Tree& tree) {
  const std::string_view text = tree.text();
  const Symbols& sym = symbols();
  bool keyword = false, keywordUnpacking = false;
  std::unordered_set<std::string_view> names;
  for (const TSNode argument : namedChildren(list, tree)) {
    const TSSymbol symbol = ts_node_symbol(argument);
    if (symbol == sym.comment) continue;
    if (symbol == sym.keywordArgument) {
      keyword = true;
      const TSNode name = ts_node_child_by_field_name(argument, "name", 4);
      if (ts_node_is_null(name)) continue;
      const auto spelled = text.substr(ts_node_start_byte(name), ts_node_end_byte(name) - ts_node_start_byte(name));
      if (!names.insert(spelled).second) return "keyword argument repeated";
    } else if (symbol == sym.dictionarySplat) {
      keywordUnpacking = true;
    } else if (symbol == sym.listSplat) {
      if (keywordUnpacking) return "iterable argument unpacking follows keyword argument unpacking";
    } else if (keywordUnpacking) {
      return "positional argument follows keyword argument unpacking";
    } else if (keyword) {
      return "positional argument follows keyword argument";
    }
  }
  return nullptr;
}

// A parameter without a default after one with a default, before any `*`.
bool isDefaultOrderProblem(TSNode parameters, const Tree& tree) {
  const Symbols& sym = symbols();
  bool defaulted = false;
  for (const TSNode parameter : namedChildren(parameters, tree)) {
    TSSymbol symbol = ts_node_symbol(parameter);
    if (symbol == sym.comment) continue;
    // `*args: T` and `**kwargs: T` are typed parameters around the splat.
    if (symbol == sym.typedParameter && ts_node_named_child_count(parameter) > 0) {
      const TSSymbol inner = ts_node_symbol(ts_node_named_child(parameter, 0));
      if (inner == sym.listSplatPattern || inner == sym.dictionarySplatPattern) symbol = inner;
    }
    if (symbol == sym.listSplatPattern || symbol == sym.keywordSeparator || symbol == sym.dictionarySplatPattern) return false;
    if (symbol == sym.defaultParameter || symbol == sym.typedDefaultParameter) {
      defaulted = true;
    } else if (defaulted && symbol != sym.positionalSeparator) {
      return true;
    }
  }
  return false;
}

void addNodeProblems(const Tree& tree, std::vector<SyntaxProblem>& problems) {
  const Symbols& sym = symbols();
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree.raw()));
  // A tree without an ERROR or MISSING node says so at its root: then no node is asked.
  const bool mayHaveErrors = ts_node_has_error(ts_tree_root_node(tree.raw()));
  bool descend = true;
  std::size_t depth = 0;
  bool tooDeep = false;
  while (true) {
    const TSNode node = ts_tree_cursor_current_node(&cursor);
    if (descend && depth > kMaxNesting && !tooDeep) {
      tooDeep = true;
      problems.push_back({ts_node_start_byte(node), ts_node_end_byte(node),
                          std::string(kTooDeepMessage) + " (CPython's parser gives up sooner); not analysed"});
    }
    if (descend) {
      // Most nodes are none of these: their byte range is read only for a problem.
      const TSSymbol symbol = ts_node_symbol(node);
      auto add = [&](std::string message) {
        problems.push_back({ts_node_start_byte(node), ts_node_end_byte(node), std::move(message)});
      };
      if (mayHaveErrors && ts_node_is_missing(node)) {
        add(std::string("missing '") + ts_node_type(node) + "'");
      } else if (mayHaveErrors && ts_node_is_error(node)) {
        add("");
      } else if (symbol == sym.block && isEmptyBlock(node)) {
        add("expected an indented block");
      } else if (symbol == sym.printStatement || symbol == sym.execStatement) {
        add(symbol == sym.printStatement ? "Python 2 print statement" : "Python 2 exec statement");
      } else if (symbol == sym.notEqualOld) {
        add("Python 2 '<>' operator");
      } else if (symbol == sym.integer) {
        const uint32_t begin = ts_node_start_byte(node);
        if (isLeadingZeroDecimal(std::string_view(tree.text()).substr(begin, ts_node_end_byte(node) - begin))) {
          add("leading zeros in a decimal integer literal");
        }
      } else if (symbol == sym.argumentList) {
        if (const char* problem = argumentOrderProblem(node, tree)) add(problem);
      } else if ((symbol == sym.parameters || symbol == sym.lambdaParameters) && isDefaultOrderProblem(node, tree)) {
        add("non-default argument follows default argument");
      }
    }
    if (descend && ts_tree_cursor_goto_first_child(&cursor)) {
      ++depth;
      continue;
    }
    if (ts_tree_cursor_goto_next_sibling(&cursor)) {
      descend = true;
      continue;
    }
    if (!ts_tree_cursor_goto_parent(&cursor)) break;
    --depth;
    descend = false;
  }
  ts_tree_cursor_delete(&cursor);
}

// CPython's tokenizer measures each indentation twice, with tabs to the next multiple of 8 and
// of 1; when the two measures order two lines differently the file is ambiguous (TabError).
// This follows the tokenizer: only lines that start a logical line count (not inside brackets
// or strings, not after a backslash continuation, not blank or comment-only).
void addIndentationProblems(std::string_view text, std::vector<SyntaxProblem>& problems) {
  struct Level {
    int col, altcol;
  };
  std::vector<Level> stack{{0, 0}};
  int depth = 0;             // open brackets
  char quote = 0;            // inside a string: its quote character
  bool triple = false;       // ... a triple-quoted one
  bool continued = false;    // the previous line ended in a backslash
  bool escapedNewline = false;  // ... inside a string, which goes on
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t lineStart = i;
    if (quote == 0 && depth == 0 && !continued) {
      int col = 0, altcol = 0;
      for (; i < text.size(); ++i) {
        if (text[i] == ' ') {
          ++col, ++altcol;
        } else if (text[i] == '\t') {
          col = (col / 8 + 1) * 8, ++altcol;
        } else if (text[i] == '\f') {
          col = altcol = 0;
        } else {
          break;
        }
      }
      const bool blank = i >= text.size() || text[i] == '\n' || text[i] == '\r' || text[i] == '#';
      if (!blank) {
        bool inconsistent = false;
        if (col == stack.back().col) {
          inconsistent = altcol != stack.back().altcol;
        } else if (col > stack.back().col) {
          inconsistent = altcol <= stack.back().altcol;
          stack.push_back({col, altcol});
        } else {
          while (stack.size() > 1 && col < stack.back().col) stack.pop_back();
          inconsistent = col == stack.back().col && altcol != stack.back().altcol;
        }
        if (inconsistent) {
          problems.push_back({static_cast<uint32_t>(lineStart), static_cast<uint32_t>(i),
                              "inconsistent use of tabs and spaces in indentation"});
          return;  // CPython stops at the first; the rest would only repeat it
        }
      }
    }
    continued = escapedNewline = false;
    for (; i < text.size() && text[i] != '\n'; ++i) {
      const char c = text[i];
      if (quote != 0) {
        if (c == '\\') {
          ++i;  // the escaped character, even a line break: the string goes on
          if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') ++i;
          if (i < text.size() && text[i] == '\n') {
            escapedNewline = true;
            break;
          }
        } else if (c == quote && (!triple || text.substr(i, 3) == std::string(3, quote))) {
          if (triple) i += 2;
          quote = 0;
        }
      } else if (c == '#') {
        while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
      } else if (c == '"' || c == '\'') {
        quote = c;
        triple = text.substr(i, 3) == std::string(3, c);
        if (triple) i += 2;
      } else if (c == '(' || c == '[' || c == '{') {
        ++depth;
      } else if (c == ')' || c == ']' || c == '}') {
        depth = std::max(0, depth - 1);
      } else if (c == '\\' && (i + 1 == text.size() || text[i + 1] == '\n' ||
                               (text[i + 1] == '\r' && i + 2 < text.size() && text[i + 2] == '\n'))) {
        continued = true;
      }
    }
    if (quote != 0 && !triple && !escapedNewline) quote = 0;  // an unterminated one-line string ends here
    ++i;                                   // past the newline
  }
}

}  // namespace

std::vector<SyntaxProblem> findSyntaxProblems(const Tree& tree) {
  std::vector<SyntaxProblem> problems;
  addNodeProblems(tree, problems);
  addIndentationProblems(tree.text(), problems);
  std::stable_sort(problems.begin(), problems.end(),
                   [](const SyntaxProblem& a, const SyntaxProblem& b) { return a.begin < b.begin; });
  return problems;
}

}  // namespace pyconv
