#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pyconv/Query.hpp"
#include "pyconv/Semantic.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

std::vector<std::string> captured(const std::string& querySource, const std::string& code,
                                  const std::string& capture) {
  Parser parser;
  auto tree = parser.parse(code);
  std::vector<std::string> texts;
  Query::compile(querySource)->forEachMatch(tree->root(), [&](const QueryMatch& m) {
    texts.emplace_back(m.get(capture).text());
  });
  return texts;
}

const std::string kCode = "a.cuda()\nb.cpu()\nc.to(d)\ncuda_x.cuda_y()\n";

TEST(Query, HostEvaluatesEq) {
  EXPECT_EQ(captured(R"((call function: (attribute object: (_) @r attribute: (_) @m) (#eq? @m "cuda")))", kCode, "r"),
            (std::vector<std::string>{"a"}));
  EXPECT_EQ(captured(R"((call function: (attribute object: (_) @r attribute: (_) @m) (#not-eq? @m "cuda")))", kCode,
                     "r"),
            (std::vector<std::string>{"b", "c", "cuda_x"}));
}

TEST(Query, HostEvaluatesAnyOfAndMatch) {
  EXPECT_EQ(captured(R"((call function: (attribute attribute: (_) @m) (#any-of? @m "cpu" "to")))", kCode, "m"),
            (std::vector<std::string>{"cpu", "to"}));
  EXPECT_EQ(captured(R"((call function: (attribute attribute: (_) @m) (#match? @m "^cuda")))", kCode, "m"),
            (std::vector<std::string>{"cuda", "cuda_y"}));
  EXPECT_EQ(captured(R"((call function: (attribute attribute: (_) @m) (#not-match? @m "^c")))", kCode, "m"),
            (std::vector<std::string>{"to"}));
}

TEST(Query, EqBetweenTwoCaptures) {
  EXPECT_EQ(captured(R"((assignment left: (identifier) @l right: (identifier) @r (#eq? @l @r)))", "x = x\ny = z\n", "l"),
            (std::vector<std::string>{"x"}));
}

TEST(Query, MalformedQueriesAndPredicatesThrowOneLineReasons) {
  EXPECT_THROW(Query::compile("(call"), std::invalid_argument);
  EXPECT_THROW(Query::compile("(no_such_node_kind)"), std::invalid_argument);
  EXPECT_THROW(Query::compile(R"(((identifier) @x (#frobnicate? @x "y")))"), std::invalid_argument);
  EXPECT_THROW(Query::compile(R"(((identifier) @x (#match? @x "(")))"), std::invalid_argument);
}

TEST(Query, QualifiedNamePredicatesResolveThroughImports) {
  Parser parser;
  auto tree = parser.parse("import torch as T\nfrom torch.nn import functional as G\ndef f(T):\n    T.cat(x)\n"
                           "T.cat(y)\nG.gelu(z)\nnumpy.cat(w)\n");
  SemanticModel model(*tree, "");
  const Query::NameResolver qualify = [&](Node n) { return model.qualifiedName(n); };
  std::vector<std::string> calls;
  Query::compile(R"((call function: (_) @f (#pyconv-qualname? @f "torch.cat" "torch.nn.functional.gelu")) @c)")
      ->forEachMatch(tree->root(), [&](const QueryMatch& m) { calls.emplace_back(m.get("c").text()); }, qualify);
  EXPECT_EQ(calls, (std::vector<std::string>{"T.cat(y)", "G.gelu(z)"}));
  calls.clear();
  Query::compile(R"((call function: (_) @f (#pyconv-qualname-match? @f "^torch\\.")) @c)")
      ->forEachMatch(tree->root(), [&](const QueryMatch& m) { calls.emplace_back(m.get("c").text()); }, qualify);
  EXPECT_EQ(calls, (std::vector<std::string>{"T.cat(y)", "G.gelu(z)"}));
  calls.clear();
  Query::compile(R"((call function: (_) @f (#pyconv-qualname? @f "torch.cat")) @c)")
      ->forEachMatch(tree->root(), [&](const QueryMatch& m) { calls.emplace_back(m.get("c").text()); });
  EXPECT_TRUE(calls.empty()) << "without a resolver the predicate does not hold";
}

TEST(Query, AQueryMayRunInsideAnotherQuerysMatch) {
  Parser parser;
  auto tree = parser.parse("def a():\n    f(1)\ndef b():\n    g(2)\ndef c():\n    h(3)\n");
  std::vector<std::string> defs;
  int innerCalls = 0;
  Query::compile("(function_definition name: (identifier) @name) @def")->forEachMatch(tree->root(), [&](const QueryMatch& m) {
    defs.emplace_back(m.get("name").text());
    Query::compile("(call) @c")->forEachMatch(m.get("def"), [&](const QueryMatch&) { ++innerCalls; });
  });
  EXPECT_EQ(defs, (std::vector<std::string>{"a", "b", "c"})) << "the outer iteration survives the inner one";
  EXPECT_EQ(innerCalls, 3);
}

TEST(Query, CompiledQueriesAreCached) {
  const std::string source = "(identifier) @id";
  EXPECT_EQ(Query::compile(source).get(), Query::compile(source).get());
}

}  // namespace
}  // namespace pyconv
