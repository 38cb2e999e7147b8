#include "pyconv/Query.hpp"

#include <fmt/format.h>
#include <re2/re2.h>
#include <tree_sitter/api.h>

#include <algorithm>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "pyconv/Tree.hpp"
#include "syntax/TsNode.hpp"

extern "C" const TSLanguage* tree_sitter_python();

namespace pyconv {

Node QueryMatch::get(std::string_view name) const {
  for (const auto& [captureName, node] : captures) {
    if (captureName == name) return node;
  }
  return {};
}

namespace {

// A text predicate the host evaluates on a match (the C library only parses them).
struct Predicate {
  enum class Kind { Eq, AnyOf, Match, QualName, QualNameMatch };
  Kind kind = Kind::Eq;
  bool negate = false;
  uint32_t captureId = 0;
  std::optional<uint32_t> otherCaptureId;  // #eq? @a @b
  std::vector<std::string> literals;      // #eq? (one), #any-of? (several)
  std::shared_ptr<const RE2> regex;       // #match?
};

std::string_view stringValue(const TSQuery* query, uint32_t id) {
  uint32_t length = 0;
  const char* data = ts_query_string_value_for_id(query, id, &length);  // sets length first
  return {data, length};
}

std::string_view queryErrorName(TSQueryError error) {
  switch (error) {
    case TSQueryErrorSyntax: return "syntax error";
    case TSQueryErrorNodeType: return "unknown node type";
    case TSQueryErrorField: return "unknown field";
    case TSQueryErrorCapture: return "unknown capture";
    case TSQueryErrorStructure: return "impossible pattern structure";
    case TSQueryErrorLanguage: return "language mismatch";
    default: return "error";
  }
}

Predicate parsePredicate(const TSQuery* query, const TSQueryPredicateStep* steps, uint32_t count) {
  if (count == 0 || steps[0].type != TSQueryPredicateStepTypeString) {
    throw std::invalid_argument("query predicate without a name");
  }
  const std::string name(stringValue(query, steps[0].value_id));
  Predicate predicate;
  predicate.negate = name.starts_with("not-");
  const std::string base = predicate.negate ? name.substr(4) : name;
  if (count < 3 || steps[1].type != TSQueryPredicateStepTypeCapture) {
    throw std::invalid_argument(fmt::format("#{} needs a capture and a value", name));
  }
  predicate.captureId = steps[1].value_id;
  // The string arguments after the capture, for the predicates that take a list of them.
  auto readLiterals = [&](Predicate& p, const char* notAString) {
    for (uint32_t i = 2; i < count; ++i) {
      if (steps[i].type != TSQueryPredicateStepTypeString) throw std::invalid_argument(notAString);
      p.literals.emplace_back(stringValue(query, steps[i].value_id));
    }
  };
  if (base == "eq?") {
    predicate.kind = Predicate::Kind::Eq;
    if (count != 3) throw std::invalid_argument("#eq? takes exactly two arguments");
    if (steps[2].type == TSQueryPredicateStepTypeCapture) {
      predicate.otherCaptureId = steps[2].value_id;
    } else {
      predicate.literals.emplace_back(stringValue(query, steps[2].value_id));
    }
  } else if (base == "any-of?") {
    predicate.kind = Predicate::Kind::AnyOf;
    readLiterals(predicate, "#any-of? takes strings after its capture");
  } else if (base == "pyconv-qualname?") {
    predicate.kind = Predicate::Kind::QualName;
    readLiterals(predicate, "#pyconv-qualname? takes qualified names after its capture");
  } else if (base == "match?" || base == "pyconv-qualname-match?") {
    predicate.kind = base == "match?" ? Predicate::Kind::Match : Predicate::Kind::QualNameMatch;
    if (count != 3 || steps[2].type != TSQueryPredicateStepTypeString) {
      throw std::invalid_argument("#match? takes a capture and a regular expression");
    }
    auto regex = std::make_shared<RE2>(std::string(stringValue(query, steps[2].value_id)), RE2::Quiet);
    if (!regex->ok()) {
      throw std::invalid_argument(fmt::format("bad regular expression in #match?: {}", regex->error()));
    }
    predicate.regex = std::move(regex);
  } else {
    throw std::invalid_argument(fmt::format("unsupported query predicate #{}", name));
  }
  return predicate;
}

}  // namespace

struct Query::Impl {
  TSQuery* query = nullptr;
  std::vector<std::string> captureNames;
  std::vector<std::vector<Predicate>> predicates;  // per pattern

  ~Impl() { ts_query_delete(query); }

  bool holds(const Predicate& predicate, const TSQueryMatch& match, std::string_view text, const Tree* tree,
             const NameResolver& qualify) const {
    auto nodeText = [&](const TSNode& node) {
      return text.substr(ts_node_start_byte(node), ts_node_end_byte(node) - ts_node_start_byte(node));
    };
    auto firstText = [&](uint32_t id) -> std::optional<std::string_view> {
      for (uint16_t i = 0; i < match.capture_count; ++i) {
        if (match.captures[i].index == id) return nodeText(match.captures[i].node);
      }
      return std::nullopt;
    };
    // Every node of the capture must satisfy the predicate (tree-sitter's convention).
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      if (match.captures[i].index != predicate.captureId) continue;
      const std::string_view value = nodeText(match.captures[i].node);
      bool result = false;
      switch (predicate.kind) {
        case Predicate::Kind::Eq:
          if (predicate.otherCaptureId) {
            const auto other = firstText(*predicate.otherCaptureId);
            result = other && *other == value;
          } else {
            result = predicate.literals.front() == value;
          }
          break;
        case Predicate::Kind::AnyOf:
          result = std::find(predicate.literals.begin(), predicate.literals.end(), value) !=
                   predicate.literals.end();
          break;
        case Predicate::Kind::Match:
          result = RE2::PartialMatch(value, *predicate.regex);
          break;
        case Predicate::Kind::QualName:
        case Predicate::Kind::QualNameMatch: {
          const auto name = qualify ? qualify(fromTs(match.captures[i].node, tree)) : std::nullopt;
          if (!name) {
            result = false;
          } else if (predicate.kind == Predicate::Kind::QualName) {
            result = std::find(predicate.literals.begin(), predicate.literals.end(), *name) != predicate.literals.end();
          } else {
            result = RE2::PartialMatch(*name, *predicate.regex);
          }
          break;
        }
      }
      if (result == predicate.negate) return false;
    }
    return true;
  }
};

Query::Query(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Query::~Query() = default;

uint32_t Query::patternCount() const { return ts_query_pattern_count(impl_->query); }

const std::vector<std::string>& Query::captureNames() const { return impl_->captureNames; }

std::shared_ptr<const Query> Query::compile(std::string_view source) {
  static std::mutex mutex;
  static std::unordered_map<std::string, std::shared_ptr<const Query>> cache;
  const std::lock_guard lock(mutex);
  if (auto it = cache.find(std::string(source)); it != cache.end()) return it->second;

  auto impl = std::make_unique<Impl>();
  uint32_t errorOffset = 0;
  TSQueryError errorType = TSQueryErrorNone;
  impl->query = ts_query_new(tree_sitter_python(), source.data(), static_cast<uint32_t>(source.size()),
                             &errorOffset, &errorType);
  if (impl->query == nullptr) {
    const auto near = source.substr(errorOffset, 40);
    throw std::invalid_argument(fmt::format("query {} at offset {} near '{}'", queryErrorName(errorType),
                                            errorOffset, near));
  }
  for (uint32_t id = 0; id < ts_query_capture_count(impl->query); ++id) {
    uint32_t length = 0;
    const char* name = ts_query_capture_name_for_id(impl->query, id, &length);
    impl->captureNames.emplace_back(name, length);
  }
  for (uint32_t pattern = 0; pattern < ts_query_pattern_count(impl->query); ++pattern) {
    uint32_t stepCount = 0;
    const TSQueryPredicateStep* steps = ts_query_predicates_for_pattern(impl->query, pattern, &stepCount);
    std::vector<Predicate> predicates;
    uint32_t start = 0;
    for (uint32_t i = 0; i < stepCount; ++i) {
      if (steps[i].type == TSQueryPredicateStepTypeDone) {
        predicates.push_back(parsePredicate(impl->query, steps + start, i - start));
        start = i + 1;
      }
    }
    impl->predicates.push_back(std::move(predicates));
  }
  auto query = std::make_shared<const Query>(std::move(impl));
  cache.emplace(std::string(source), query);
  return query;
}

void Query::forEachMatch(Node root, const std::function<void(const QueryMatch&)>& onMatch,
                         const NameResolver& qualify) const {
  forEachMatch(root, onMatch, qualify, PatternFilter{});
}

void Query::forEachMatch(Node root, const std::function<void(const QueryMatch&)>& onMatch, const NameResolver& qualify,
                         const PatternFilter& wanted) const {
  if (root.isNull()) return;
  // A cursor per call: cursors are mutable (compiled queries are shared), and a check may run a
  // query of its own from inside another query's match.
  const std::unique_ptr<TSQueryCursor, decltype(&ts_query_cursor_delete)> cursor(ts_query_cursor_new(),
                                                                                  &ts_query_cursor_delete);
  const std::string_view text = root.tree()->text();
  ts_query_cursor_exec(cursor.get(), impl_->query, toTs(root));
  TSQueryMatch match;
  QueryMatch result;
  while (ts_query_cursor_next_match(cursor.get(), &match)) {
    if (wanted && !wanted(match.pattern_index)) continue;
    const auto& predicates = impl_->predicates[match.pattern_index];
    const bool accepted = std::all_of(predicates.begin(), predicates.end(),
                                      [&](const Predicate& p) { return impl_->holds(p, match, text, root.tree(), qualify); });
    if (!accepted) continue;
    result.patternIndex = match.pattern_index;
    result.captures.clear();
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      result.captures.emplace_back(impl_->captureNames[match.captures[i].index],
                                   fromTs(match.captures[i].node, root.tree()));
    }
    onMatch(result);
  }
}

}  // namespace pyconv
