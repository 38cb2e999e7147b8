#include "pyconv/PackageUses.hpp"

#include <map>
#include <memory>
#include <mutex>

#include "pyconv/Query.hpp"
#include "pyconv/Semantic.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// Heads of chains into `package`, compiled once per package name (queries are immutable and
// shared between threads; the map itself is guarded).
std::shared_ptr<const Query> headQuery(std::string_view package) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Query>, std::less<>> queries;
  const std::lock_guard lock(mutex);
  const auto it = queries.find(package);
  if (it != queries.end()) return it->second;
  std::string escaped;
  for (char c : package) escaped += c == '.' ? std::string("\\\\.") : std::string(1, c);
  auto query = Query::compile("((identifier) @head (#pyconv-qualname-match? @head \"^" + escaped + "(\\\\.|$)\"))");
  queries.emplace(std::string(package), query);
  return query;
}

}  // namespace

std::optional<PackageUse> packageUse(Node head, const SemanticModel& semantic, std::string_view package) {
  const Node parent = head.parent();
  if (parent.kind() == "attribute" && parent.field("attribute") == head) return std::nullopt;  // a member name
  for (Node n = parent; n; n = n.parent()) {
    const auto kind = n.kind();
    if (kind == "import_statement" || kind == "import_from_statement") return std::nullopt;
    if (kind.ends_with("statement") || kind == "block" || kind == "module") break;
  }
  Node chain = head;
  while (chain.parent().kind() == "attribute" && chain.parent().field("object") == chain) chain = chain.parent();
  auto name = semantic.qualifiedName(chain);
  if (!name || !(*name == package || (name->starts_with(package) && (*name)[package.size()] == '.'))) return std::nullopt;
  return PackageUse{chain, std::move(*name)};
}

bool inAnnotation(const PackageUse& use) {
  for (Node n = use.chain.parent(); n && !n.kind().ends_with("statement") && n.kind() != "block"; n = n.parent()) {
    if (n.kind() == "type") return true;
  }
  return false;
}

std::vector<PackageUse> packageUses(const Tree& tree, const SemanticModel& semantic, std::string_view package) {
  std::vector<PackageUse> uses;
  headQuery(package)->forEachMatch(
      tree.root(),
      [&](const QueryMatch& match) {
        if (auto use = packageUse(match.get("head"), semantic, package)) uses.push_back(std::move(*use));
      },
      [&](Node node) { return semantic.qualifiedName(node); });
  return uses;
}

}  // namespace pyconv
