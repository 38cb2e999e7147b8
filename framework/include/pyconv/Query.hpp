#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pyconv/Export.hpp"
#include "pyconv/Node.hpp"

namespace pyconv {

// One match of a query pattern, with its captures by name.
struct PYCONV_API QueryMatch {
  uint32_t patternIndex = 0;
  std::vector<std::pair<std::string_view, Node>> captures;

  // The first node captured under `name`, or a null node.
  Node get(std::string_view name) const;
};

// A compiled tree-sitter query. The C library parses predicates but never applies them, so the
// host evaluates #eq? #not-eq? #any-of? #not-any-of? #match? #not-match? and the name-resolving
// #pyconv-qualname? / #pyconv-qualname-match? itself (regexes are compiled once, here). Compiled queries are immutable and shared between threads.
class PYCONV_API Query {
 public:
  // Compiles `source`, or returns the process-wide cached copy. Throws std::invalid_argument
  // with a one-line reason when the query or one of its predicates is malformed.
  static std::shared_ptr<const Query> compile(std::string_view source);
  ~Query();

  // Resolves a node to the qualified name it denotes (see SemanticModel::qualifiedName).
  using NameResolver = std::function<std::optional<std::string>(Node)>;

  // Calls `onMatch` for every match under `root` whose predicates all hold, in document order.
  // `#pyconv-qualname? @x "torch.nn.Linear" ...` holds when `qualify(@x)` is one of the names,
  // `#pyconv-qualname-match? @x "regex"` when it matches; without a resolver neither holds.
  void forEachMatch(Node root, const std::function<void(const QueryMatch&)>& onMatch,
                    const NameResolver& qualify = {}) const;
  // The same for the patterns `wanted` accepts (by index) only: the others' predicates are not
  // evaluated, nor are their matches reported.
  using PatternFilter = std::function<bool(uint32_t patternIndex)>;
  void forEachMatch(Node root, const std::function<void(const QueryMatch&)>& onMatch, const NameResolver& qualify,
                    const PatternFilter& wanted) const;
  uint32_t patternCount() const;
  // Every capture name the query defines (`@name`), in order of first appearance.
  const std::vector<std::string>& captureNames() const;

  struct Impl;
  explicit Query(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace pyconv
