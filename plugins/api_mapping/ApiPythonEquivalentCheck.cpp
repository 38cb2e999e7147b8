#include "ApiPythonEquivalentCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "Spelling.hpp"

namespace pyconv::api_mapping {
namespace {

// Whether `node` lies inside an annotation (a parameter's, a return's or an assignment's type).
bool inAnnotation(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.is(syntax::Kind::Type)) return true;
    if (n.is(syntax::Kind::FunctionDefinition) || n.is(syntax::Kind::ClassDefinition) || n.is(syntax::Kind::Module)) return false;
  }
  return false;
}

}  // namespace

CheckSpec ApiPythonEquivalentCheck::spec() {
  return {.name = "api-python-equivalent",
          .summary = "`torch.inf`, `torch.nan`, `torch.pi`, `torch.e` -> `math.*`; `torch.Size` -> `tuple` (Unsafe outside annotations)",
          .phase = CheckPhase::Rewrite};
}

void ApiPythonEquivalentCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  "(attribute attribute: (identifier) @name"
                  " (#any-of? @name \"inf\" \"nan\" \"pi\" \"e\" \"Size\" \"device\")) @attribute",
                  "torch");
}

void ApiPythonEquivalentCheck::check(const MatchResult& result) {
  const Node attribute = result.node("attribute");
  const SemanticModel& semantic = result.file.semantic();
  const auto name = semantic.qualifiedName(attribute);
  if (!name) return;
  const std::string_view last = result.node("name").text();
  if (*name == "torch.Size") {
    const std::string message = "torch.Size is the tuple MindSpore uses for shapes";
    if (bindsOtherwise(semantic, "tuple", "")) {
      return report(result.file, attribute, message + "; the file binds 'tuple' itself");
    }
    const bool annotation = inAnnotation(attribute);
    return report(result.file, attribute, message,
                  Fix{"use tuple", annotation ? Applicability::Safe : Applicability::Unsafe,
                      {Edit{attribute.begin(), attribute.end(), "tuple"}}, {}});
  }
  if (*name == "torch.device") {
    // Only as a type: MindSpore names devices by strings ("CPU", "Ascend:0"). A torch.device
    // built or compared at run time is device plumbing (device-*), or left for a person.
    if (!inAnnotation(attribute)) return;
    const std::string message = "torch.device in an annotation: MindSpore names devices by strings";
    if (bindsOtherwise(semantic, "str", "")) return report(result.file, attribute, message + "; the file binds 'str' itself");
    return report(result.file, attribute, message,
                  Fix{"use str", Applicability::Safe, {Edit{attribute.begin(), attribute.end(), "str"}}, {}});
  }
  if (*name != "torch." + std::string(last) || last == "Size") return;
  const std::string target = "math." + std::string(last);
  const std::string message = "'" + *name + "' is the float '" + target + "'";
  if (bindsOtherwise(semantic, "math", "math")) {
    return report(result.file, attribute, message + "; the file binds 'math' otherwise");
  }
  report(result.file, attribute, message,
         Fix{"use " + target, Applicability::Safe, {Edit{attribute.begin(), attribute.end(), target}},
             {Need::importModule("math")}});
}

}  // namespace pyconv::api_mapping
