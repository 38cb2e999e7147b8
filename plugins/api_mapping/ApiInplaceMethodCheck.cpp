#include "ApiInplaceMethodCheck.hpp"

#include <string>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include "TensorReceivers.hpp"

namespace pyconv::api_mapping {

CheckSpec ApiInplaceMethodCheck::spec() {
  return {.name = "api-inplace-method",
          .summary = "`mask.unsqueeze_(0)` -> `mask = mask.unsqueeze(0)` for in-place methods MindSpore's Tensor lacks (a statement on a name; Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiInplaceMethodCheck::registerMatchers(MatchFinder& finder) {
  // Measured on MindSpore 2.7.1: these torch in-place methods are missing from its Tensor, the
  // out-of-place ones are not (detach is api-tensor-detach's).
  finder.addQuery(*this,
                  "(call function: (attribute object: (_) @receiver attribute: (identifier) @method"
                  " (#any-of? @method \"unsqueeze_\" \"squeeze_\" \"transpose_\" \"triu_\" \"bitwise_or_\" \"clip_\""
                  " \"neg_\" \"logical_not_\" \"logical_and_\" \"ge_\" \"detach_\")) arguments: (argument_list) @args) @call",
                  {"_("});
}

void ApiInplaceMethodCheck::check(const MatchResult& result) {
  const Node receiver = result.node("receiver"), method = result.node("method"), call = result.node("call");
  if (certainlyNotTensor(receiver, result.file.semantic())) return;
  const std::string_view inplace = method.text();
  const std::string outOfPlace(inplace.substr(0, inplace.size() - 1));
  const std::string message = "MindSpore's Tensor has no in-place '" + std::string(inplace) + "'; assign the result of '" +
                              outOfPlace + "' instead";
  // Only a whole statement on a plain name can become an assignment with the same effect on it.
  const Node statement = call.parent();
  if (receiver.syntaxKind() != syntax::Kind::Identifier || statement.syntaxKind() != syntax::Kind::ExpressionStatement || statement.namedChildCount() != 1) {
    return report(result.file, method, message);
  }
  // The assignment binds the name in the call's function: the name must already be that
  // function's own (a parameter or a local), or a global would become an unbound local.
  const Binding* binding = result.file.semantic().resolve(receiver);
  if (!binding || enclosingOfKind(binding->node, syntax::Kind::FunctionDefinition) != enclosingOfKind(call, syntax::Kind::FunctionDefinition)) {
    return report(result.file, method, message);
  }
  const std::string name(receiver.text());
  report(result.file, method, message,
         Fix{"assign " + name + "." + outOfPlace + "(...)", Applicability::Unsafe,
             {{call.begin(), method.end(), name + " = " + name + "." + outOfPlace}}, {}});
}

}  // namespace pyconv::api_mapping
