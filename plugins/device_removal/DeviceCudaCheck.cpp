#include "DeviceCudaCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

namespace pyconv::device_removal {
namespace {

constexpr const char* kQuery = R"query(
(call
  function: (attribute
    object: (_) @receiver
    attribute: (identifier) @method)
  arguments: (argument_list) @arguments
  (#eq? @method "cuda")) @call
)query";

// A bare name or a dotted chain of names: evaluating it again (or not at all) has no effect.
bool isPlainReference(Node node) {
  if (node.kind() == "identifier") return true;
  return node.kind() == "attribute" && isPlainReference(node.field("object"));
}

// The "." token between the receiver and `cuda`.
Node dotOf(Node attribute) {
  for (uint32_t i = 0; i < attribute.childCount(); ++i) {
    if (attribute.child(i).kind() == ".") return attribute.child(i);
  }
  return {};
}

}  // namespace

void DeviceCudaCheck::registerMatchers(MatchFinder& finder) { finder.addQuery(*this, kQuery, ".cuda"); }

void DeviceCudaCheck::check(const MatchResult& result) {
  const Node call = result.node("call");
  const Node receiver = result.node("receiver");
  const Node statement = call.parent();
  Fix fix;
  if (statement.kind() == "expression_statement" && statement.namedChildCount() == 1 &&
      isPlainReference(receiver)) {
    fix.title = "remove the statement";
    fix.edits.push_back(removeStatement(statement));
  } else {
    fix.title = "drop '.cuda()'";
    fix.edits.push_back(Edit{dotOf(call.field("function")).begin(), call.end(), ""});
  }
  const Edit& edit = fix.edits.front();
  // A Safe fix deletes no comment outside the code it removes.
  fix.applicability = dropsForeignComment(call, edit) ? Applicability::Unsafe : Applicability::Safe;
  report(result.file, result.node("method"), "'.cuda()' moves data to a CUDA device; MindSpore places tensors by its context",
         std::move(fix));
}

}  // namespace pyconv::device_removal
