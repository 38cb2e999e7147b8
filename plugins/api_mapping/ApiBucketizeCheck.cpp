#include "ApiBucketizeCheck.hpp"

#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

namespace pyconv::api_mapping {

CheckSpec ApiBucketizeCheck::spec() {
  return {.name = "api-bucketize",
          .summary = "`ops.bucketize(x, boundaries)` -> `ops.bucketize(x, list(map(float, boundaries)))` (MindSpore takes a list of floats; Safe)",
          .phase = CheckPhase::Rewrite};
}

void ApiBucketizeCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, "(call function: [(identifier) (attribute)] @function arguments: (argument_list) @args)",
                  "bucketize(");
}

void ApiBucketizeCheck::check(const MatchResult& result) {
  const auto qualified = result.file.semantic().qualifiedName(result.node("function"));
  if (!qualified || *qualified != "mindspore.ops.bucketize") return;
  // The boundaries: the second positional argument or `boundaries=`.
  Node boundaries;
  int position = 0;
  for (Node arg : result.node("args").namedChildren()) {
    if (arg.is(syntax::Kind::Comment)) continue;
    if (arg.is(syntax::Kind::KeywordArgument)) {
      if (arg.field(syntax::Field::Name).text() == "boundaries") boundaries = arg.field(syntax::Field::Value);
    } else if (arg.is(syntax::Kind::ListSplat) || arg.is(syntax::Kind::DictionarySplat)) {
      return;  // unpacked: which argument is which is unknown
    } else if (position++ == 1) {
      boundaries = arg;
    }
  }
  if (!boundaries || boundaries.is(syntax::Kind::List) || boundaries.is(syntax::Kind::Tuple) ||
      boundaries.is(syntax::Kind::ListComprehension) || boundaries.text().starts_with("list(map(float, ")) {
    return;
  }
  report(result.file, boundaries, "MindSpore's bucketize takes its boundaries as a list of floats, not a tensor",
         Fix{"pass the boundaries as floats", Applicability::Safe,
             {{boundaries.begin(), boundaries.end(), "list(map(float, " + std::string(boundaries.text()) + "))"}}, {}});
}

}  // namespace pyconv::api_mapping
