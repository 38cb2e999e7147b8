#include "DeviceCudaCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {

CheckSpec DeviceCudaCheck::spec() {
  return {.name = "device-cuda",
          .summary = "removes `.cuda()` calls",
          .phase = CheckPhase::Prepare};
}

void DeviceCudaCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, R"((call function: (attribute attribute: (identifier) @method) (#eq? @method "cuda")) @call)",
                  ".cuda");
}

void DeviceCudaCheck::check(const MatchResult& result) {
  report(result.file, result.node("method"),
         "'.cuda()' moves data to a CUDA device; MindSpore places tensors by its context",
         removing(dropMethodCall(result.node("call"), "drop '.cuda()'")));
}

}  // namespace pyconv::device_removal
