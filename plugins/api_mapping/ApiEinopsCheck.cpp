#include "ApiEinopsCheck.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include "EinopsPattern.hpp"

namespace pyconv::api_mapping {
CheckSpec ApiEinopsCheck::spec() {
  return {.name = "api-einops",
          .summary = "einops `rearrange`/`repeat` with literal patterns -> reshape/permute/broadcast_to, original kept as a comment",
          .phase = CheckPhase::Rewrite};
}

void ApiEinopsCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(call function: [(identifier) (attribute)] @function arguments: (argument_list) @args"
                  " (#pyconv-qualname? @function \"einops.rearrange\" \"einops.repeat\")) @call",
                  "einops");
}

void ApiEinopsCheck::check(const MatchResult& result) {
  const Node call = result.node("call"), function = result.node("function");
  const auto qualified = result.file.semantic().qualifiedName(function);
  const std::string what = qualified ? *qualified : "einops";
  auto reportOnly = [&](const std::string& why) {
    report(result.file, function, fmt::format("'{}' has no MindSpore counterpart; this call is not translated: {}", what, why));
  };
  EinopsCall einops;
  einops.repeat = what == "einops.repeat";
  std::vector<Node> positional;
  for (Node arg : result.node("args").namedChildren()) {
    if (arg.is(syntax::Kind::Comment)) continue;
    if (arg.is(syntax::Kind::KeywordArgument)) {
      const Node value = arg.field(syntax::Field::Value);
      if (!isPlainReference(value) && value.syntaxKind() != syntax::Kind::Integer) return reportOnly("a size that is not a name or a number");
      einops.sizes[std::string(arg.field(syntax::Field::Name).text())] = std::string(value.text());
    } else if (arg.is(syntax::Kind::ListSplat) || arg.is(syntax::Kind::DictionarySplat)) {
      return reportOnly("unpacked arguments");
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 2) return reportOnly("it needs the tensor and the pattern");
  if (!isPlainReference(positional[0])) return reportOnly("the tensor is an expression (it would be evaluated twice)");
  const auto pattern = plainStringLiteral(positional[1]);
  if (!pattern) return reportOnly("the pattern is not a plain string literal");
  einops.tensor = std::string(positional[0].text());
  einops.pattern = std::string(*pattern);
  const EinopsTranslation translation = translateEinops(einops);
  if (!translation.expression) return reportOnly(translation.reason);

  // The original call stays as a comment above the statement.
  const Node statement = enclosingStatement(call);
  const std::string& text = call.tree()->text();
  const std::size_t lineStart = text.rfind('\n', statement.begin()) == std::string::npos ? 0 : text.rfind('\n', statement.begin()) + 1;
  const std::string indent = text.substr(lineStart, statement.begin() - lineStart);
  std::string original(call.text());
  std::replace(original.begin(), original.end(), '\n', ' ');
  const std::string comment = fmt::format("{}# einops: {}\n", indent, original);
  report(result.file, function, fmt::format("'{}' has no MindSpore counterpart; written out with tensor methods", what),
         Fix{"write the pattern out", positional[0].is(syntax::Kind::Identifier) ? Applicability::Safe : Applicability::Unsafe,
             {{static_cast<uint32_t>(lineStart), static_cast<uint32_t>(lineStart), comment},
              {call.begin(), call.end(), *translation.expression}},
             {}});
}

}  // namespace pyconv::api_mapping
