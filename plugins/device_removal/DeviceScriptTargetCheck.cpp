#include "DeviceScriptTargetCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {

CheckSpec DeviceScriptTargetCheck::spec() {
  return {.name = "device-script-target",
          .summary = "profile `mindspore`: one `ms.set_device(...)` per script",
          .phase = CheckPhase::Prepare,
          .options = {{.name = "DeviceTarget",
                       .kind = OptionKind::Choice,
                       .defaultValue = "CPU",
                       .choices = {"CPU", "GPU", "Ascend"},
                       .summary = "the device `ms.set_device` selects"}},
          .onlyWhen = RunCondition{"Target", "mindspore"}};
}

void DeviceScriptTargetCheck::registerMatchers(MatchFinder& finder) {
  deviceTarget_ = option("DeviceTarget");
  finder.addQuery(*this, R"((module (expression_statement (assignment left: (identifier) @name right: (_) @value)) @statement))",
                  "device");
}

void DeviceScriptTargetCheck::check(const MatchResult& result) {
  if (result.node("name").text() != "device" || !mentionsDevice(result.node("value"))) return;
  const Node statement = result.node("statement");
  report(result.file, result.node("name"), "a script's device choice becomes one MindSpore device setting",
         Fix{"set the MindSpore device", Applicability::Safe,
             {{statement.begin(), statement.end(), "ms.set_device(\"" + deviceTarget_ + "\")"}},
             {Need::importModule("mindspore", "ms")}});
}

}  // namespace pyconv::device_removal
