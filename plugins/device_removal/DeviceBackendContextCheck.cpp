#include "DeviceBackendContextCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include <algorithm>
#include <array>
#include <string_view>

namespace pyconv::device_removal {
namespace {

// Contexts that choose where or by which kernel the body runs (the current CUDA device, cuDNN or
// not, which attention kernel), never what it computes.
constexpr std::array<std::string_view, 7> kBackendContexts = {
    "torch.backends.cudnn.flags",  "torch.backends.miopen.flags",    "torch.backends.mkldnn.flags",
    "torch.backends.nnpack.flags", "torch.backends.cuda.sdp_kernel", "torch.nn.attention.sdpa_kernel",
    "torch.cuda.device"};

}  // namespace

CheckSpec DeviceBackendContextCheck::spec() {
  return {.name = "device-backend-context",
          .summary = "unwraps `with torch.backends.cudnn.flags(...)`, `sdpa_kernel(...)`: contexts that only pick a kernel",
          .phase = CheckPhase::Prepare};
}

void DeviceBackendContextCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"q((with_statement (with_clause (with_item value: (call function: (_) @callee))) @clause) @with)q",
                  {"backends", "sdpa_kernel", "cuda.device"});
}

void DeviceBackendContextCheck::check(const MatchResult& result) {
  const Node callee = result.node("callee");
  const auto name = result.file.semantic().qualifiedName(callee);
  if (!name || std::find(kBackendContexts.begin(), kBackendContexts.end(), *name) == kBackendContexts.end()) return;
  const std::string message = "'" + *name + "' picks a CUDA device or kernel; MindSpore has no counterpart, the body runs as it is";
  if (result.node("clause").namedChildCount() != 1) {  // other contexts in the same `with`: a person splits it
    report(result.file, callee, message + " (remove it from this 'with' by hand)");
    return;
  }
  const Node with = result.node("with");
  Fix fix{"run the body as it is", Applicability::Safe, {unwrapWith(with)}, {}};
  if (dropsForeignComment(with, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, callee, message, removing(std::move(fix)));
}

}  // namespace pyconv::device_removal
