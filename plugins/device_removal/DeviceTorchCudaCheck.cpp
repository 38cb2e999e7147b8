#include "DeviceTorchCudaCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

namespace pyconv::device_removal {

CheckSpec DeviceTorchCudaCheck::spec() {
  return {.name = "device-torch-cuda",
          .summary = "removes `torch.cuda.*` statements",
          .phase = CheckPhase::Prepare};
}

void DeviceTorchCudaCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"((call function: (_) @callee (#pyconv-qualname-match? @callee "^torch\\.cuda\\.")) @call)",
                  "cuda");
}

void DeviceTorchCudaCheck::check(const MatchResult& result) {
  const Node call = result.node("call");
  const auto name = *result.file.semantic().qualifiedName(result.node("callee"));
  if (name == "torch.cuda.is_available") return;  // a condition: device-branch takes the CPU path
  if (name == "torch.cuda.device" && call.parent().is(syntax::Kind::WithItem)) return;  // device-backend-context's
  const Node statement = call.parent();
  if (statement.is(syntax::Kind::ExpressionStatement) && statement.namedChildCount() == 1) {
    Fix fix{"remove the statement", Applicability::Safe, {removeStatement(statement)}, {}};
    if (dropsForeignComment(call, fix.edits.front())) fix.applicability = Applicability::Unsafe;
    report(result.file, call, "'" + name + "' manages CUDA devices; MindSpore has no counterpart here", removing(std::move(fix)));
    return;
  }
  report(result.file, call, "'" + name + "' is used for its value; replace it by hand (MindSpore has no CUDA API)");
}

}  // namespace pyconv::device_removal
