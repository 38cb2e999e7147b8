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
    if (arg.kind() == "comment") continue;
    if (arg.kind() == "keyword_argument") {
      if (arg.field("name").text() == "boundaries") boundaries = arg.field("value");
    } else if (arg.kind() == "list_splat" || arg.kind() == "dictionary_splat") {
      return;  // unpacked: which argument is which is unknown
    } else if (position++ == 1) {
      boundaries = arg;
    }
  }
  if (!boundaries || boundaries.kind() == "list" || boundaries.kind() == "tuple" ||
      boundaries.kind() == "list_comprehension" || boundaries.text().starts_with("list(map(float, ")) {
    return;
  }
  report(result.file, boundaries, "MindSpore's bucketize takes its boundaries as a list of floats, not a tensor",
         Fix{"pass the boundaries as floats", Applicability::Safe,
             {{boundaries.begin(), boundaries.end(), "list(map(float, " + std::string(boundaries.text()) + "))"}}, {}});
}

}  // namespace pyconv::api_mapping
