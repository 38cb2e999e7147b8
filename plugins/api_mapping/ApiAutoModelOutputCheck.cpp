#include "ApiAutoModelOutputCheck.hpp"

#include <algorithm>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Tree.hpp>

namespace pyconv::api_mapping {
namespace {

// Whether `name` denotes `<...>.AutoModel<Suffix>.from_config` (transformers' or mindone's).
bool isAutoFromConfig(std::string_view name) {
  constexpr std::string_view kFromConfig = ".from_config";
  if (!name.ends_with(kFromConfig)) return false;
  const std::string_view owner = name.substr(0, name.size() - kFromConfig.size());
  return owner.substr(owner.rfind('.') + 1).starts_with("AutoModel");
}

// Edits adding `keyword` as the last argument of `arguments`, in the list's own layout: on a line
// of its own (indented like the last argument, trailing comma kept) when the list spans lines.
std::vector<Edit> appendArgument(Node arguments, const std::string& keyword) {
  std::vector<Node> items;
  for (const Node child : arguments.namedChildren()) {
    if (child.syntaxKind() != syntax::Kind::Comment) items.push_back(child);
  }
  if (items.empty()) return {Edit{arguments.begin() + 1, arguments.begin() + 1, keyword}};
  const Node last = items.back();
  const Node after = last.nextSibling();
  const bool comma = after && after.kind() == ",";
  const std::string_view text = arguments.tree()->text();
  const uint32_t lastLine = lineStartOf(text, last.begin());
  if (lastLine == lineStartOf(text, arguments.end())) {  // the list closes on the last argument's line
    const uint32_t at = comma ? after.end() : last.end();
    return {Edit{at, at, (comma ? " " : ", ") + keyword}};
  }
  // The line's indentation only: other arguments may stand before the last one on its line.
  const std::string_view lineHead = text.substr(lastLine, last.begin() - lastLine);
  const std::string indent(lineHead.substr(0, std::min(lineHead.find_first_not_of(" \t"), lineHead.size())));
  const uint32_t at = afterLineOf(text, last.end());
  std::vector<Edit> edits;
  if (!comma) edits.push_back(Edit{last.end(), last.end(), ","});
  edits.push_back(Edit{at, at, indent + keyword + ",\n"});
  return edits;
}

}  // namespace

CheckSpec ApiAutoModelOutputCheck::spec() {
  return {.name = "api-auto-model-output",
          .summary = "calls of a sub-model built by `AutoModel.from_config` get `return_dict=True` (mindone's ports return tuples by default; Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiAutoModelOutputCheck::onStartOfPass(FileContext&) { attributes_.clear(); }

void ApiAutoModelOutputCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(call function: (attribute object: (identifier) @self attribute: (identifier) @attribute)"
                  " arguments: (argument_list) @arguments) @call",
                  "from_config");
}

void ApiAutoModelOutputCheck::check(const MatchResult& result) {
  if (result.node("self").text() != "self") return;
  const Node arguments = result.node("arguments");
  if (keywordArgument(arguments, "return_dict")) return;
  const Node call = result.node("call");
  const Node cls = enclosingOfKind(call, syntax::Kind::ClassDefinition);
  if (!cls || !attributes_.assignsCallResult(cls, result.node("attribute").text(), result.file.semantic(), isAutoFromConfig)) {
    return;
  }
  // Unsafe: that mindone's port takes `return_dict` is read from mindone's conventions, not from
  // the port itself, and a `**kwargs` in the call might carry a return_dict of its own.
  report(result.file, call,
         "a sub-model from the Auto classes is one of mindone's ports, which return a tuple unless asked for a ModelOutput",
         Fix{"ask for a ModelOutput", Applicability::Unsafe, appendArgument(arguments, "return_dict=True"), {}});
}

}  // namespace pyconv::api_mapping
