#include "TeamToDeviceCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/SyntaxPredicates.hpp>

namespace team {

pyconv::CheckSpec TeamToDeviceCheck::spec() {
  // Prepare: the call goes before the built-in api checks map what is left.
  return {.name = "team-to-device",
          .summary = "`to_device(x, device)` from `teamlib.torch_utils` -> `x`",
          .phase = pyconv::CheckPhase::Prepare};
}

void TeamToDeviceCheck::registerMatchers(pyconv::MatchFinder& finder) {
  // The name is resolved through the file's imports: `from teamlib.torch_utils import to_device`,
  // `import teamlib.torch_utils as tu` then `tu.to_device`, but not a local function of that name.
  finder.addQuery(*this,
                  R"(((call function: (_) @f arguments: (argument_list . (_) @value) @args) @call
                      (#pyconv-qualname? @f "teamlib.torch_utils.to_device")))",
                  "to_device");
}

void TeamToDeviceCheck::check(const pyconv::MatchResult& result) {
  const pyconv::Node value = result.node("value");
  if (value.is(pyconv::syntax::Kind::KeywordArgument) || value.is(pyconv::syntax::Kind::ListSplat) || value.is(pyconv::syntax::Kind::DictionarySplat)) return;
  // Dropping the other arguments (the device; none once device-parameter has taken a `device`
  // parameter away) drops their evaluation: Safe only when each is a plain name or attribute.
  bool plainRest = true;
  const pyconv::Node args = result.node("args");
  for (uint32_t i = 1; i < args.namedChildCount(); ++i) {
    pyconv::Node arg = args.namedChild(i);
    if (arg.is(pyconv::syntax::Kind::Comment)) continue;
    if (arg.is(pyconv::syntax::Kind::KeywordArgument)) arg = arg.field(pyconv::syntax::Field::Value);
    plainRest = plainRest && pyconv::isPlainReference(arg);
  }
  const pyconv::Node call = result.node("call");
  report(result.file, result.node("f"), "teamlib's to_device moves a tensor to a device; MindSpore places tensors itself",
         pyconv::removing(pyconv::Fix{"keep the value, drop the move",
                                      plainRest ? pyconv::Applicability::Safe : pyconv::Applicability::Unsafe,
                                      {{call.begin(), call.end(), std::string(value.text())}}}));
}

}  // namespace team
