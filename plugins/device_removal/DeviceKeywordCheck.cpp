#include "DeviceKeywordCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {

CheckSpec DeviceKeywordCheck::spec() {
  return {.name = "device-keyword",
          .summary = "removes `device=`/`device_type=` arguments (and autocast's device type)",
          .phase = CheckPhase::Prepare};
}

void DeviceKeywordCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  R"((call function: (_) @callee arguments: (argument_list
                       (keyword_argument name: (identifier) @name) @keyword)
                       (#any-of? @name "device" "device_type")) @call)",
                  "device");
  // torch.autocast takes the device type as its first positional argument too.
  finder.addQuery(*this,
                  R"((call function: (_) @autocast arguments: (argument_list . (_) @positional)
                       (#pyconv-qualname? @autocast "torch.autocast" "torch.amp.autocast")) @call)",
                  "autocast");
}

void DeviceKeywordCheck::check(const MatchResult& result) {
  if (const Node positional = result.node("positional")) {
    if (positional.is(syntax::Kind::KeywordArgument) || !mentionsDevice(positional)) return;
    Fix fix{"remove the device type", Applicability::Safe, {removeArgument(positional)}, {}};
    if (dropsForeignComment(positional, fix.edits.front())) fix.applicability = Applicability::Unsafe;
    report(result.file, positional, "the device type of 'torch.autocast' has no MindSpore meaning", removing(std::move(fix)));
    return;
  }
  const Node callee = result.node("callee");
  if (callee.is(syntax::Kind::Attribute) && callee.field(syntax::Field::Attribute).text() == "to") return;  // device-to's
  const Node keyword = result.node("keyword");
  const auto qualified = result.file.semantic().qualifiedName(callee);
  // A function of this file whose `device` parameter device-parameter removes: the same edit.
  const Binding* local = callee.is(syntax::Kind::Identifier) ? result.file.semantic().resolve(callee) : nullptr;
  const bool exact = (qualified && qualified->starts_with("torch.")) ||
                     (local != nullptr && local->kind == Binding::Kind::Definition);
  Fix fix{"remove '" + std::string(result.node("name").text()) + "='",
          exact ? Applicability::Safe : Applicability::Unsafe, {removeArgument(keyword)}, {}};
  if (dropsForeignComment(keyword, fix.edits.front())) fix.applicability = Applicability::Unsafe;
  report(result.file, keyword,
         "'" + std::string(result.node("name").text()) + "=' places data on a device; MindSpore uses its context",
         removing(std::move(fix)));
}

}  // namespace pyconv::device_removal
