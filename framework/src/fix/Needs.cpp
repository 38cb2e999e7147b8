#include "fix/Needs.hpp"

#include "pyconv/SyntaxPredicates.hpp"

#include <algorithm>

namespace pyconv {
namespace {

bool isImport(syntax::Kind kind) {
  return kind == syntax::Kind::ImportStatement || kind == syntax::Kind::ImportFromStatement || kind == syntax::Kind::FutureImportStatement;
}

bool isDefinition(Node statement) {
  const auto kind = statement.syntaxKind();
  return kind == syntax::Kind::FunctionDefinition || kind == syntax::Kind::ClassDefinition || kind == syntax::Kind::DecoratedDefinition;
}

// (name, alias) of one `name` field of an import: `a.b` or `a.b as c`.
std::pair<std::string_view, std::string_view> nameAndAlias(Node imported) {
  if (imported.is(syntax::Kind::AliasedImport)) return {imported.field(syntax::Field::Name).text(), imported.field(syntax::Field::Alias).text()};
  return {imported.text(), {}};
}

template <class Visit>
void forEachImportedName(Node statement, Visit&& visit) {
  for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
    const Node child = statement.namedChild(i);
    if (child == statement.field(syntax::Field::ModuleName)) continue;
    if (child.is(syntax::Kind::DottedName) || child.is(syntax::Kind::AliasedImport)) visit(child);
  }
}

// `statements`: the module's top-level statements (Node::namedChildren, one cursor walk; indexing
// the root child by child would cost the whole module per statement).
bool isMet(const std::vector<Node>& statements, const Need& need) {
  for (const Node statement : statements) {
    if (need.kind == Need::Kind::Helper) {
      Node definition = statement.is(syntax::Kind::DecoratedDefinition) ? statement.field(syntax::Field::Definition) : statement;
      if (definition.is(syntax::Kind::FunctionDefinition) && definition.field(syntax::Field::Name).text() == need.name) return true;
      continue;
    }
    const bool wantFrom = need.kind == Need::Kind::ImportFrom;
    if (!statement.is(wantFrom ? syntax::Kind::ImportFromStatement : syntax::Kind::ImportStatement)) continue;
    if (wantFrom && statement.field(syntax::Field::ModuleName).text() != need.module) continue;
    bool found = false;
    forEachImportedName(statement, [&](Node imported) {
      const auto [name, alias] = nameAndAlias(imported);
      found = found || (name == (wantFrom ? need.name : need.module) && alias == need.alias);
    });
    if (found) return true;
  }
  return false;
}

// The index of the top-level statement after the last top-level import that binds `name`.
uint32_t afterLastImportBinding(const std::vector<Node>& statements, std::string_view name) {
  uint32_t after = 0;
  for (uint32_t i = 0; i < statements.size(); ++i) {
    const Node statement = statements[i];
    if (!isImport(statement.syntaxKind())) continue;
    const bool from = statement.is(syntax::Kind::ImportFromStatement);
    forEachImportedName(statement, [&](Node imported) {
      const auto [dotted, alias] = nameAndAlias(imported);
      const std::string_view binds = !alias.empty() ? alias : from ? dotted : dotted.substr(0, dotted.find('.'));
      if (binds == name) after = i + 1;
    });
  }
  return after;
}

// The offset just after the line that ends at or after `offset`.
uint32_t afterLine(std::string_view text, uint32_t offset) {
  const auto eol = text.find('\n', offset);
  return eol == std::string_view::npos ? static_cast<uint32_t>(text.size()) : static_cast<uint32_t>(eol + 1);
}

}  // namespace

std::string inNewlineStyle(std::string_view text, std::string_view newline) {
  if (newline == "\n") return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) {
      out += newline;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool needIsMet(const Tree& tree, const Need& need) { return isMet(tree.root().namedChildren(), need); }

std::string nameBoundBy(const Need& need) {
  if (!need.alias.empty()) return need.alias;
  if (need.kind == Need::Kind::ImportModule) return need.module.substr(0, need.module.find('.'));
  return need.name;
}

std::string importStatement(const Need& need) {
  const std::string alias = need.alias.empty() ? "" : " as " + need.alias;
  if (need.kind == Need::Kind::ImportFrom) return "from " + need.module + " import " + need.name + alias;
  return "import " + need.module + alias;
}

std::vector<Edit> editsForNeeds(const Tree& tree, const std::vector<Need>& needs, std::string_view newline) {
  const std::vector<Node> statements = tree.root().namedChildren();
  const std::string_view text = tree.text();
  // Many fixes need the same import: each distinct need is looked up once.
  std::vector<Need> distinct;
  for (const Need& need : needs) {
    if (std::find(distinct.begin(), distinct.end(), need) == distinct.end()) distinct.push_back(need);
  }
  std::vector<Need> missing;
  for (const Need& need : distinct) {
    if (!isMet(statements, need)) missing.push_back(need);
  }
  if (missing.empty()) return {};
  std::stable_sort(missing.begin(), missing.end(), [](const Need& a, const Need& b) {
    return std::tie(a.kind, a.module, a.name, a.alias) < std::tie(b.kind, b.module, b.name, b.alias);
  });

  // Where things go: imports after the last top-level import before the first definition (else
  // after the module docstring), helpers before the first top-level definition (else at the end).
  Node lastImport, docstring, firstDefinition;
  for (uint32_t i = 0; i < statements.size(); ++i) {
    const Node statement = statements[i];
    if (isDefinition(statement)) {
      firstDefinition = statement;
      break;
    }
    if (isImport(statement.syntaxKind())) lastImport = statement;
    if (i == 0 && isStringStatement(statement)) docstring = statement;
  }
  const Node importAnchor = lastImport ? lastImport : docstring;
  const uint32_t importAt = importAnchor ? afterLine(text, importAnchor.end()) : 0;

  std::vector<Edit> edits;
  std::string newImports;
  std::string lastNewFrom;  // module of the last new from-import (needs are sorted by module)
  std::string helpers;
  for (const Need& need : missing) {
    if (need.kind == Need::Kind::Helper) {
      helpers += inNewlineStyle(need.code, newline);
      if (!need.code.ends_with('\n')) helpers += newline;
      helpers += std::string(newline) + std::string(newline);
      continue;
    }
    // `from M import a` already there: add the name to it rather than a second statement — when
    // it comes after every import that binds the name otherwise, so the new binding takes its place.
    bool merged = false;
    const uint32_t firstMergeable = need.kind == Need::Kind::ImportFrom ? afterLastImportBinding(statements, need.alias.empty() ? need.name : need.alias) : 0;
    for (uint32_t i = firstMergeable; i < statements.size() && need.kind == Need::Kind::ImportFrom && !merged; ++i) {
      const Node statement = statements[i];
      if (statement.syntaxKind() != syntax::Kind::ImportFromStatement || statement.field(syntax::Field::ModuleName).text() != need.module) continue;
      // In name order (before the first name that sorts after it): the result does not depend on
      // which needs came in which iteration or run.
      Node last, after;
      forEachImportedName(statement, [&](Node imported) {
        last = imported;
        if (!after && need.name < nameAndAlias(imported).first) after = imported;
      });
      if (!last) continue;  // `from M import *`
      const std::string alias = need.alias.empty() ? "" : " as " + need.alias;
      edits.push_back(after ? Edit{after.begin(), after.begin(), need.name + alias + ", "}
                            : Edit{last.end(), last.end(), ", " + need.name + alias});
      merged = true;
    }
    if (merged) continue;
    // New from-imports of one module become one statement: `from mindspore import mint, nn`.
    const std::string alias = need.alias.empty() ? "" : " as " + need.alias;
    if (need.kind == Need::Kind::ImportFrom && lastNewFrom == need.module) {
      newImports.insert(newImports.size() - newline.size(), ", " + need.name + alias);
    } else {
      newImports += importStatement(need) + std::string(newline);
    }
    lastNewFrom = need.kind == Need::Kind::ImportFrom ? need.module : "";
  }
  if (!newImports.empty()) {
    // At the very top of a file (no docstring, no import) the block gets a blank line after it.
    if (!importAnchor && !text.empty()) newImports += newline;
    if (importAnchor && importAt == text.size() && !text.ends_with('\n')) newImports.insert(0, newline);
    edits.push_back(Edit{importAt, importAt, newImports});
  }
  if (!helpers.empty()) {
    if (firstDefinition) {
      const auto lineStart = text.rfind('\n', firstDefinition.begin());
      const uint32_t at = lineStart == std::string_view::npos ? 0 : static_cast<uint32_t>(lineStart + 1);
      edits.push_back(Edit{at, at, helpers});
    } else {
      std::string atEnd = std::string(newline) + std::string(newline);
      if (!text.ends_with('\n')) atEnd.insert(0, newline);
      atEnd += helpers.substr(0, helpers.size() - 2 * newline.size());
      edits.push_back(Edit{static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size()), atEnd});
    }
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  return edits;
}

}  // namespace pyconv
