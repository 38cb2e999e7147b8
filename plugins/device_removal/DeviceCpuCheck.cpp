#include "DeviceCpuCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {

CheckSpec DeviceCpuCheck::spec() {
  return {.name = "device-cpu",
          .summary = "removes `.cpu()`/`.pin_memory()`; `.numpy()` -> `.asnumpy()`",
          .phase = CheckPhase::Prepare};
}

void DeviceCpuCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  R"((call function: (attribute object: (_) @receiver attribute: (identifier) @method)
                       arguments: (argument_list) @args (#any-of? @method "cpu" "pin_memory" "numpy")) @call)",
                  {"cpu", "pin_memory", "numpy"});
}

void DeviceCpuCheck::check(const MatchResult& result) {
  if (result.node("args").namedChildCount() != 0) return;  // `.numpy(force=True)` and the like: not these
  const Node method = result.node("method");
  if (method.text() != "numpy") {
    report(result.file, method,
           "'." + std::string(method.text()) + "()' moves data between host and device; MindSpore needs no transfer",
           removing(dropMethodCall(result.node("call"), "drop '." + std::string(method.text()) + "()'")));
    return;
  }
  // `.numpy()` after `.cpu()` or `.detach()` is certainly a torch tensor's; alone it is a guess.
  const Node receiver = result.node("receiver");
  const Node previous = receiver.is(syntax::Kind::Call) ? receiver.field(syntax::Field::Function) : Node{};
  const bool tensor = previous.is(syntax::Kind::Attribute) &&
                      (previous.field(syntax::Field::Attribute).text() == "cpu" || previous.field(syntax::Field::Attribute).text() == "detach");
  report(result.file, method, "a MindSpore tensor converts to NumPy with '.asnumpy()'",
         Fix{"use '.asnumpy()'", tensor ? Applicability::Safe : Applicability::Unsafe,
             {{method.begin(), method.end(), "asnumpy"}}, {}});
}

}  // namespace pyconv::device_removal
